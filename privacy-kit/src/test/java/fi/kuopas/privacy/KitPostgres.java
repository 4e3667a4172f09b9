package fi.kuopas.privacy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** A real PostgreSQL with the given kit migrations applied, for the kit's store tests. */
public final class KitPostgres implements AutoCloseable {

    private final EmbeddedPostgres postgres;

    public KitPostgres(String... migrations) throws IOException, SQLException {
        postgres = EmbeddedPostgres.builder().setServerConfig("fsync", "off").start();
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
            for (String migration : migrations) {
                try (InputStream in = KitPostgres.class.getResourceAsStream("/db/kit/" + migration)) {
                    s.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
    }

    public DataSource dataSource() {
        return postgres.getPostgresDatabase();
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
