package dev.rewards.samples.boot3;

import com.fasterxml.jackson.databind.Module;
import dev.rewards.CompiledProgram;
import dev.rewards.Rewards;
import dev.rewards.ValidationException;
import dev.rewards.json.RewardsJson;
import dev.rewards.outcome.Outcome;
import dev.rewards.transaction.MemberState;
import dev.rewards.transaction.Transaction;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A shop backend on Spring Boot 3: POST /evaluate with a member and a transaction, get the outcome.
 * Jackson 2 learns the library's JSON from one {@code Module} bean; a bad request gets the library's
 * problems, with their paths, and status 400.
 */
@SpringBootApplication
@RestController
public class ShopApplication {
    private final CompiledProgram program;

    public ShopApplication(CompiledProgram program) {
        this.program = program;
    }

    public static void main(String[] args) {
        SpringApplication.run(ShopApplication.class, args);
    }

    /** The program, compiled once and shared by every request. */
    @Bean
    static CompiledProgram brewhouse() throws IOException {
        try (InputStream in = ShopApplication.class.getResourceAsStream("/program.json")) {
            return Rewards.compile(RewardsJson.readProgram(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        }
    }

    /** Spring Boot 3 registers every Jackson {@code Module} bean with its ObjectMapper. */
    @Bean
    static Module rewardsJson() {
        return RewardsJson.module();
    }

    public record EvaluateRequest(MemberState member, Transaction transaction) {
    }

    @PostMapping("/evaluate")
    public Outcome evaluate(@RequestBody EvaluateRequest request) {
        return program.evaluate(request.member(), request.transaction());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    public ResponseEntity<Map<String, List<String>>> badRequest(HttpMessageNotReadableException e) {
        Throwable t = e;
        while (t != null && !(t instanceof ValidationException)) t = t.getCause();
        List<String> problems = t instanceof ValidationException v ? v.problems().stream().map(Object::toString).toList()
                : List.of(e.getMostSpecificCause().getMessage());
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("problems", problems));
    }
}
