package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import be.mmmbelgium.site.content.SearchText;

/**
 * Fills the search text of the content that existed before V9, as the application keeps
 * it on every save since (see {@code TranslatableContent#searchableText} of each kind).
 */
public class V9_1__Fill_search_text extends BaseJavaMigration {

	/**
	 * Each table, with its searchable columns in order; an HTML column is read as plain
	 * text.
	 */
	private static final List<Table> TABLES = List.of(
			new Table("news_post", List.of(Column.text("excerpt"), Column.html("body_html"))),
			new Table("page", List.of(Column.text("summary"), Column.html("body_html"))),
			new Table("episode",
					List.of(Column.text("excerpt"), Column.html("show_notes_html"), Column.html("transcript_html"))),
			new Table("podcast_series", List.of(Column.text("summary"), Column.html("description_html"))));

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		for (Table table : TABLES) {
			fill(connection, table);
		}
	}

	private static void fill(Connection connection, Table table) throws SQLException {
		String columns = String.join(", ", table.columns().stream().map(Column::name).toList());
		try (Statement select = connection.createStatement();
				ResultSet rows = select.executeQuery("select id, title, " + columns + " from " + table.name());
				PreparedStatement update = connection.prepareStatement(
						"update " + table.name() + " set search_text = ?, search_folded = ? where id = ?")) {
			while (rows.next()) {
				String[] parts = new String[table.columns().size()];
				for (int i = 0; i < parts.length; i++) {
					String value = rows.getString(3 + i);
					parts[i] = table.columns().get(i).html() ? SearchText.plain(value) : value;
				}
				String text = SearchText.join(parts);
				update.setString(1, text);
				update.setString(2, SearchText.fold(rows.getString(2)) + "\n" + SearchText.fold(text));
				update.setLong(3, rows.getLong(1));
				update.addBatch();
			}
			update.executeBatch();
		}
	}

	private record Table(String name, List<Column> columns) {
	}

	private record Column(String name, boolean html) {

		static Column text(String name) {
			return new Column(name, false);
		}

		static Column html(String name) {
			return new Column(name, true);
		}

	}

}
