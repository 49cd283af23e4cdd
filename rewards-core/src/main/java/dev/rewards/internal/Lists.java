package dev.rewards.internal;

import java.util.ArrayList;
import java.util.List;

/** Lists the library's own code copies. */
public final class Lists {
    private Lists() {
    }

    /**
     * A copy of {@code list} to change, with room for {@code spare} more elements: an operation that
     * adds one does not copy it again (an account's lists were copied three times per operation:
     * into the work, when the first element was added, and into the new account).
     */
    public static <T> ArrayList<T> working(List<T> list, int spare) {
        ArrayList<T> out = new ArrayList<>(list.size() + spare);
        out.addAll(list);
        return out;
    }
}
