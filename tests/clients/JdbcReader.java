// The JDBC side of tests/clients/test-drivers: runs the queries it is given
// through the PostgreSQL JDBC driver and prints what the driver hands to a
// Java program (column type names, transfer format, classes and values), one
// JSON object per line, for test-drivers to check.  It judges nothing itself.
//
// Arguments: the database, then the OIDs of pgcx's own types (comma
// separated) for the connection that asks for them in binary.
// Standard input: one command per line, tab separated:
//   MODE  KIND  ID  SQL
// MODE is the connection:
//   text         binaryTransfer=false: every column in text
//   binary       prepareThreshold=-1, binaryTransfer=true: the first
//                execution is server-prepared, so the driver asks for binary
//                every type it can decode in binary
//   pgcx-binary  binary as well, with binaryTransferEnable naming pgcx's types
// KIND is what to do with SQL:
//   query        run it, print every column and row
//   roundtrip    SQL gives one value of a pgcx type: read it, send it back as
//                a typed parameter of "SELECT ?", read it again
//   bytes        SQL gives a pgcx value and its send form (bytea): print the
//                format of the value and the bytes of both
// The host, port, user and password come from libpq's PG* variables.
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import org.postgresql.PGResultSetMetaData;
import org.postgresql.util.PGobject;

public class JdbcReader {
	private static final Map<String, Connection> connections = new HashMap<>();
	private static String database;
	private static String pgcxOids;

	public static void main(String[] args) throws Exception {
		database = args[0];
		pgcxOids = args[1];
		BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
		String line;
		while ((line = in.readLine()) != null) {
			if (line.isEmpty())
				continue;
			String[] f = line.split("\t", 4);
			String head = "{\"mode\":" + json(f[0]) + ",\"kind\":" + json(f[1]) + ",\"id\":" + json(f[2]);
			try {
				Connection c = connection(f[0]);
				String body;
				if (f[1].equals("query"))
					body = query(c, f[3]);
				else if (f[1].equals("roundtrip"))
					body = roundtrip(c, f[3]);
				else if (f[1].equals("bytes"))
					body = bytes(c, f[3]);
				else
					throw new IllegalArgumentException("unknown kind " + f[1]);
				System.out.println(head + "," + body + "}");
			} catch (SQLException e) {
				System.out.println(head + ",\"error\":" + json(e.getSQLState() + ": " + e.getMessage()) + "}");
			}
		}
		for (Connection c : connections.values())
			c.close();
	}

	// The connection of a mode, opened on first use.
	private static Connection connection(String mode) throws SQLException {
		Connection c = connections.get(mode);
		if (c != null)
			return c;
		String options;
		if (mode.equals("text"))
			options = "binaryTransfer=false";
		else if (mode.equals("binary"))
			options = "prepareThreshold=-1&binaryTransfer=true";
		else if (mode.equals("pgcx-binary"))
			options = "prepareThreshold=-1&binaryTransfer=true&binaryTransferEnable=" + pgcxOids;
		else
			throw new IllegalArgumentException("unknown mode " + mode);
		String host = System.getenv().getOrDefault("PGHOST", "localhost");
		if (host.isEmpty() || host.startsWith("/"))
			host = "localhost";
		String port = System.getenv().getOrDefault("PGPORT", "5432");
		Properties p = new Properties();
		p.setProperty("user", System.getenv().getOrDefault("PGUSER", System.getProperty("user.name")));
		if (System.getenv("PGPASSWORD") != null)
			p.setProperty("password", System.getenv("PGPASSWORD"));
		c = DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/" + database + "?" + options, p);
		connections.put(mode, c);
		return c;
	}

	// Every column (name, type name, transfer format) and row of a query.
	private static String query(Connection c, String sql) throws SQLException {
		try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
			ResultSetMetaData md = rs.getMetaData();
			StringBuilder out = new StringBuilder("\"driver\":" + json(c.getMetaData().getDriverVersion()));
			out.append(",\"columns\":").append(columns(md));
			out.append(",\"rows\":[");
			for (int r = 0; rs.next(); r++) {
				out.append(r > 0 ? ",[" : "[");
				for (int i = 1; i <= md.getColumnCount(); i++)
					out.append(i > 1 ? "," : "").append(value(rs.getObject(i)));
				out.append("]");
			}
			return out.append("]").toString();
		}
	}

	// A pgcx value read, sent back as a parameter of its own type, read again.
	private static String roundtrip(Connection c, String sql) throws SQLException {
		Object first;
		String firstColumns;
		try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
			rs.next();
			firstColumns = columns(rs.getMetaData());
			first = rs.getObject(1);
		}
		try (PreparedStatement back = c.prepareStatement("SELECT ?")) {
			back.setObject(1, first);
			try (ResultSet rs = back.executeQuery()) {
				rs.next();
				return "\"read\":{\"columns\":" + firstColumns + ",\"value\":" + value(first) + "}"
					+ ",\"parameter_type\":" + json(back.getParameterMetaData().getParameterTypeName(1))
					+ ",\"again\":{\"columns\":" + columns(rs.getMetaData()) + ",\"value\":" + value(rs.getObject(1)) + "}";
			}
		}
	}

	// A pgcx value and its send form, each read with getBytes.
	private static String bytes(Connection c, String sql) throws SQLException {
		try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
			rs.next();
			return "\"columns\":" + columns(rs.getMetaData())
				+ ",\"value\":" + value(rs.getObject(1))
				+ ",\"getString\":" + json(rs.getString(1))
				+ ",\"bytes\":" + json(hex(rs.getBytes(1)))
				+ ",\"send\":" + json(hex(rs.getBytes(2)));
		}
	}

	private static String columns(ResultSetMetaData md) throws SQLException {
		PGResultSetMetaData pg = md.unwrap(PGResultSetMetaData.class);
		StringBuilder out = new StringBuilder("[");
		for (int i = 1; i <= md.getColumnCount(); i++)
			out.append(i > 1 ? "," : "")
				.append("{\"name\":").append(json(md.getColumnLabel(i)))
				.append(",\"type\":").append(json(md.getColumnTypeName(i)))
				.append(",\"format\":").append(pg.getFormat(i) == 1 ? "\"binary\"" : "\"text\"")
				.append("}");
		return out.append("]").toString();
	}

	// A value as its class and an exact text: a double as its 64 bits in hex
	// (and its decimal form to read), a BigDecimal without exponent, a date
	// as the calendar date the driver gives, a PGobject as its type and text.
	private static String value(Object o) {
		if (o == null)
			return "null";
		String cls = o.getClass().getName();
		String v;
		String extra = "";
		if (o instanceof Double) {
			v = String.format("%016x", Double.doubleToRawLongBits((Double) o));
			extra = ",\"show\":" + json(o.toString());
		} else if (o instanceof BigDecimal)
			v = ((BigDecimal) o).toPlainString();
		else if (o instanceof Date)
			v = ((Date) o).toLocalDate().toString();
		else if (o instanceof PGobject) {
			v = ((PGobject) o).getValue();
			extra = ",\"pgtype\":" + json(((PGobject) o).getType());
		} else
			v = o.toString();
		return "{\"class\":" + json(cls) + ",\"v\":" + json(v) + extra + "}";
	}

	private static String hex(byte[] b) {
		if (b == null)
			return null;
		StringBuilder s = new StringBuilder();
		for (byte x : b)
			s.append(String.format("%02x", x & 0xff));
		return s.toString();
	}

	// A JSON string; everything outside printable ASCII escaped, so the
	// output does not depend on the JVM's default encoding.
	private static String json(String s) {
		if (s == null)
			return "null";
		StringBuilder out = new StringBuilder("\"");
		for (char ch : s.toCharArray()) {
			if (ch == '"' || ch == '\\')
				out.append('\\').append(ch);
			else if (ch < 0x20 || ch > 0x7e)
				out.append(String.format("\\u%04x", (int) ch));
			else
				out.append(ch);
		}
		return out.append("\"").toString();
	}
}
