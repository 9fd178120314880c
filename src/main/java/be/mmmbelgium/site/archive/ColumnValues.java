package be.mmmbelgium.site.archive;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * How a column's value is written in an archive and read back: numbers and booleans as
 * JSON's own, instants in ISO-8601 UTC ({@code 2026-03-08T09:30:00Z}), identifiers of
 * translation groups and every text as strings. A type the site does not use is refused,
 * rather than written in a way that could not be read back the same.
 */
final class ColumnValues {

	private ColumnValues() {
	}

	/** Puts the value of a result's column into a row of the archive. */
	static void put(ObjectNode row, String name, ResultSet result, int column, int type) throws SQLException {
		switch (type) {
			case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> {
				long value = result.getLong(column);
				putOrNull(row, name, result.wasNull() ? null : value);
			}
			case Types.BOOLEAN, Types.BIT -> {
				boolean value = result.getBoolean(column);
				if (result.wasNull()) {
					row.putNull(name);
				}
				else {
					row.put(name, value);
				}
			}
			case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> {
				Timestamp value = result.getTimestamp(column);
				putOrNull(row, name, (value != null) ? value.toInstant().toString() : null);
			}
			case Types.DATE -> {
				java.sql.Date value = result.getDate(column);
				putOrNull(row, name, (value != null) ? value.toLocalDate().toString() : null);
			}
			case Types.NUMERIC, Types.DECIMAL -> {
				BigDecimal value = result.getBigDecimal(column);
				putOrNull(row, name, (value != null) ? value.toPlainString() : null);
			}
			case Types.VARCHAR, Types.LONGVARCHAR, Types.CHAR, Types.CLOB, Types.NVARCHAR, Types.NCHAR ->
				putOrNull(row, name, result.getString(column));
			default -> {
				Object value = result.getObject(column);
				if (value == null) {
					row.putNull(name);
				}
				else if (value instanceof UUID uuid) {
					row.put(name, uuid.toString());
				}
				else {
					throw new IllegalStateException(
							"The archive cannot hold the column " + name + " of type " + value.getClass().getName());
				}
			}
		}
	}

	private static void putOrNull(ObjectNode row, String name, @Nullable Object value) {
		if (value == null) {
			row.putNull(name);
		}
		else if (value instanceof Long number) {
			row.put(name, number);
		}
		else {
			row.put(name, value.toString());
		}
	}

	/**
	 * Binds a value of the archive to a parameter, as the column's type wants it.
	 * @param type the column's SQL type, as the database describes it
	 * @param typeName the database's name of that type, which tells a UUID apart
	 */
	static void bind(PreparedStatement statement, int parameter, JsonNode value, int type, String typeName)
			throws SQLException {
		boolean uuid = "uuid".equalsIgnoreCase(typeName);
		if (value.isNull()) {
			statement.setNull(parameter, uuid ? Types.OTHER : type);
			return;
		}
		if (uuid) {
			statement.setObject(parameter, UUID.fromString(value.asString()));
			return;
		}
		switch (type) {
			case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> {
				if (!value.isIntegralNumber()) {
					throw new IllegalArgumentException("not a whole number: " + value);
				}
				statement.setLong(parameter, value.asLong());
			}
			case Types.BOOLEAN, Types.BIT -> {
				if (!value.isBoolean()) {
					throw new IllegalArgumentException("not true or false: " + value);
				}
				statement.setBoolean(parameter, value.asBoolean());
			}
			case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE ->
				statement.setTimestamp(parameter, Timestamp.from(Instant.parse(value.asString())));
			case Types.DATE -> statement.setDate(parameter, java.sql.Date.valueOf(LocalDate.parse(value.asString())));
			case Types.NUMERIC, Types.DECIMAL -> statement.setBigDecimal(parameter, new BigDecimal(value.asString()));
			default -> {
				if (!value.isString()) {
					throw new IllegalArgumentException("not a text: " + value);
				}
				statement.setString(parameter, value.asString());
			}
		}
	}

}
