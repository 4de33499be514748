package dev.mailroom.training;

import dev.mailroom.training.cli.CliPrinter;
import dev.mailroom.training.cli.TrainingCli;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The training service; {@code train} and {@code evaluate} arguments run the CLI instead, without a web server. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class TrainingApplication {

    public static void main(String[] args) {
        if (TrainingCli.handles(args)) {
            System.setProperty("logback.configurationFile", "logback-cli.xml");
            int code = new TrainingCli(CliPrinter.system(), System.getenv()).run(args);
            System.exit(code);
        }
        SpringApplication.run(TrainingApplication.class, args);
    }
}
