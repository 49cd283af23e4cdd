package dev.rewards.spark;

import dev.rewards.json.RewardsJson;
import dev.rewards.program.Program;
import dev.rewards.transaction.MemberState;
import dev.rewards.transaction.Transaction;
import java.io.Serializable;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import scala.Tuple2;

/**
 * Outcomes of a Dataset of transactions (P9): each transaction (JSON, as {@code rewards evaluate} reads
 * it) decided against its member's state (member JSON; a transaction whose member is not given is a
 * guest's), one outcome JSON per transaction, in no particular order. The program travels as JSON and
 * is compiled once per executor JVM; evaluations are independent, so this scales with the cluster.
 */
public final class SparkEvaluation implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String programJson;

    public SparkEvaluation(Program program) {
        this.programJson = RewardsJson.write(Objects.requireNonNull(program, "program"));
    }

    public Dataset<String> evaluate(Dataset<String> transactions, Dataset<String> members) {
        String program = programJson;
        var txs = transactions.javaRDD().mapToPair(json -> new Tuple2<>(RewardsJson.readTransaction(json).memberId(), json));
        var states = members.javaRDD().mapToPair(json -> new Tuple2<>(RewardsJson.readMember(json).id(), json));
        var outcomes = txs.leftOuterJoin(states).mapPartitions(rows -> {
            Programs.Compiled p = Programs.of(program);
            java.util.List<String> out = new java.util.ArrayList<>();
            while (rows.hasNext()) {
                var row = rows.next();
                Transaction tx = RewardsJson.readTransaction(row._2()._1());
                MemberState member = row._2()._2().isPresent() ? RewardsJson.readMember(row._2()._2().get())
                        : MemberState.guest(tx.memberId(), p.program().currency());
                out.add(RewardsJson.write(p.compiled().evaluate(member, tx)));
            }
            return out.iterator();
        });
        return transactions.sparkSession().createDataset(outcomes.rdd(), Encoders.STRING());
    }
}
