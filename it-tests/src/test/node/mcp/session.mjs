// One scripted MCP session, the same for both SDK generations: the caller passes the SDK's own
// Client and transport. Reads a plan (JSON file named by argv[2]) and prints what the server answered
// as one JSON object on stdout, so that the Java test compares it with the database.
import { readFileSync } from 'node:fs';

export async function runSession(makeClient, makeTransport) {
  const plan = JSON.parse(readFileSync(process.argv[2], 'utf8'));
  const headers = plan.token ? { Authorization: `Bearer ${plan.token}` } : {};
  const client = makeClient();
  const transport = makeTransport(new URL(plan.url), { requestInit: { headers } });
  const report = { tools: [], tables: {}, queries: [], errors: [] };
  try {
    await client.connect(transport);
    report.protocolVersion = client.getNegotiatedProtocolVersion?.() ?? transport.protocolVersion ?? null;
    report.serverName = client.getServerVersion()?.name ?? null;
    report.tools = (await client.listTools()).tools.map((t) => t.name).sort();
    if (plan.describeTables) {
      const listing = await client.callTool({ name: 'list_tables', arguments: {} });
      for (const table of listing.structuredContent.tables) {
        const described = await client.callTool({
          name: 'describe_table',
          arguments: { table_name: table.name },
        });
        report.tables[table.name] = described.structuredContent;
      }
    }
    for (const query of plan.queries ?? []) {
      report.queries.push(await runQuery(client, query));
    }
  } catch (error) {
    report.errors.push(String(error?.message ?? error));
  } finally {
    await client.close().catch(() => {});
  }
  process.stdout.write(JSON.stringify(report));
}

/** Runs one query, following next_cursor to the end when asked: all pages' rows in one list. */
async function runQuery(client, query) {
  const pages = [];
  let cursor;
  do {
    const args = { sql: query.sql };
    if (query.max_rows !== undefined) args.max_rows = query.max_rows;
    if (cursor) args.cursor = cursor;
    let result;
    try {
      result = await client.callTool({ name: 'run_sql', arguments: args });
    } catch (error) {
      return { sql: query.sql, error: String(error?.message ?? error) };
    }
    if (result.isError) {
      return { sql: query.sql, isError: true, text: result.content?.[0]?.text };
    }
    pages.push(result.structuredContent);
    cursor = query.follow ? result.structuredContent.next_cursor : undefined;
  } while (cursor);
  return {
    sql: query.sql,
    columns: pages[0].columns,
    rows: pages.flatMap((p) => p.rows),
    pages: pages.map((p) => ({ row_count: p.row_count, truncated: p.truncated })),
  };
}
