package dev.mailroom.training.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RedactionTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "jdbc:postgresql://127.0.0.1:5432/test | jdbc:postgresql://127.0.0.1:5432/test",
                "jdbc:postgresql://etl:s3cret@db:5432/warehouse | jdbc:postgresql://***@db:5432/warehouse",
                "jdbc:postgresql://db/warehouse?user=etl&password=s3cret | jdbc:postgresql://db/warehouse?***",
                "jdbc:oracle:thin:@//db:1521/SVC | jdbc:oracle:thin:@//db:1521/SVC",
                "jdbc:oracle:thin:scott/tiger@//db:1521/SVC | jdbc:oracle:thin:***@//db:1521/SVC",
                "jdbc:oracle:thin:scott/tiger@db:1521:ORCL | jdbc:oracle:thin:***@db:1521:ORCL",
                "jdbc:sqlserver://db:1433;user=etl;password=s3cret | jdbc:sqlserver://db:1433?***",
                "jdbc:mysql://etl:p@ss@db/warehouse | jdbc:mysql://***@db/warehouse"
            })
    void jdbcUrlsLoseCredentialsAndParameters(String url, String redacted) {
        assertThat(Redaction.jdbcUrl(url)).isEqualTo(redacted);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "mongodb://127.0.0.1:27017 | mongodb://127.0.0.1:27017",
                "mongodb://etl:s3cret@h1:27017,h2:27017/warehouse?authSource=admin"
                        + " | mongodb://***@h1:27017,h2:27017/warehouse?***",
                "mongodb+srv://etl:s3cret@cluster0.example.net/ | mongodb+srv://***@cluster0.example.net/"
            })
    void mongoUrisLoseUserInfoAndOptions(String uri, String redacted) {
        assertThat(Redaction.mongoUri(uri)).isEqualTo(redacted);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"mongodb://etl:s3cret@h1/ | s3cret", "mongodb://h1/ | ", "mongodb://etl@h1/ | "})
    void passwordOfAConnectionString(String uri, String password) {
        assertThat(Redaction.password(uri)).isEqualTo(password);
    }
}
