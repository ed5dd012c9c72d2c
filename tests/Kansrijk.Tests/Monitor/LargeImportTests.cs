using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Kansrijk.Demo;
using Kansrijk.Geography;
using Kansrijk.Monitor;
using Kansrijk.Platform.Database;
using Kansrijk.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kansrijk.Tests.Monitor;

/// <summary>
/// A 100,000-row import does not shut out small work: people log in and read pages while it runs, nobody ever sees
/// half of it, a failed one leaves nothing behind, and a re-import replaces every value and keeps the old ones.
/// (How long a login waits is measured in the benchmark, <c>benchmarks/run.sh import-load</c>, not here.)
/// </summary>
public abstract class LargeImportTests(KansrijkFactory app)
{
    private const int FirstYear = 1990;
    private List<string> periods = [];

    private async Task<T> DbAsync<T>(Func<KansrijkDb, Task<T>> read)
    {
        await using var scope = app.Scope();
        return await read(scope.ServiceProvider.GetRequiredService<KansrijkDb>());
    }

    /// <summary>Every import-owned indicator × every municipality × enough years for 100,000 rows or more.</summary>
    private async Task<(string Csv, int Rows)> CsvAsync(int seed)
    {
        // the register's L01–L05 and the pathways' KT01–KT04 are not imported
        var indicators = await DbAsync(db => db.Indicators.Where(i => i.Origin == ValueOrigin.Import).Select(i => i.Code).OrderBy(c => c).ToListAsync());
        var municipalities = await DbAsync(db => db.Areas.Where(a => a.Type == AreaType.Municipality).Select(a => a.Code).OrderBy(c => c).ToListAsync());
        var years = (int)Math.Ceiling(100_000.0 / (indicators.Count * municipalities.Count));
        periods = [.. Enumerable.Range(FirstYear, years).Select(y => y.ToString(CultureInfo.InvariantCulture))];
        var random = new Random(seed);
        var csv = new StringBuilder("indicator;gebied;periode;teller;noemer;waarde\n");
        foreach (var indicator in indicators)
        {
            foreach (var municipality in municipalities)
            {
                for (var year = FirstYear; year < FirstYear + years; year++)
                {
                    var denominator = 500 + random.Next(0, 5000);
                    csv.Append(CultureInfo.InvariantCulture, $"{indicator};{municipality};{year};{random.Next(0, denominator / 4)};{denominator};\n");
                }
            }
        }
        return (csv.ToString(), indicators.Count * municipalities.Count * years);
    }

    private Task<int> StoredAsync() => DbAsync(db => db.IndicatorValues.CountAsync(v => periods.Contains(v.Period)));

    [Fact]
    public async Task People_log_in_and_read_during_a_large_import_and_nobody_sees_half_of_it()
    {
        var analyst = await DemoLogin.AsAsync(app, DemoAccounts.Analyst);
        var (csv, rows) = await CsvAsync(1);
        Assert.True(rows >= 100_000);
        Assert.Equal(0, await StoredAsync());

        var import = analyst.PostAsync("/api/v1/monitor/imports", new StringContent(csv, Encoding.UTF8, "text/csv"));
        var during = 0;
        var seen = new HashSet<int>();
        while (!import.IsCompleted)
        {
            var client = app.NewClient();
            var login = await client.LoginAsync(DemoAccounts.Coordinator.Email, DemoAccounts.Password);
            Assert.Equal("/", Forms.PathOf(login.Headers.Location));
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/coalities")).StatusCode);
            seen.Add(await StoredAsync());
            if (!import.IsCompleted) during++;
        }
        var response = await import;
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.True(during > 0, "No login finished while the import ran.");
        // Readers saw the import whole or not at all.
        Assert.DoesNotContain(seen, n => n != 0 && n != rows);
        Assert.Equal(rows, await StoredAsync());
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((rows, 0), (answer.GetProperty("added").GetInt32(), answer.GetProperty("replaced").GetInt32()));

        // The same rows with other numbers: every value replaced, the old ones kept.
        var batches = await DbAsync(db => db.ImportBatches.CountAsync());
        var (again, _) = await CsvAsync(2);
        var second = await analyst.PostAsync("/api/v1/monitor/imports", new StringContent(again, Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        var replaced = await second.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((0, rows), (replaced.GetProperty("added").GetInt32(), replaced.GetProperty("replaced").GetInt32()));
        var batch = replaced.GetProperty("batchId").GetInt32();
        Assert.Equal(rows, await DbAsync(db => db.IndicatorValueHistory.CountAsync(h => h.ReplacedByBatchId == batch)));
        Assert.Equal(rows, await DbAsync(db => db.IndicatorValues.CountAsync(v => v.ImportBatchId == batch)));
        var firstLine = again.Split('\n')[1].Split(';');
        var stored = await DbAsync(db => db.IndicatorValues.SingleAsync(v => v.IndicatorCode == firstLine[0] && v.AreaCode == firstLine[1] && v.Period == firstLine[2]));
        Assert.Equal((long.Parse(firstLine[3], CultureInfo.InvariantCulture), long.Parse(firstLine[4], CultureInfo.InvariantCulture)), (stored.Numerator, stored.Denominator));

        // A third file with one bad row at the very end: nothing of it is stored, no batch, no history.
        var bad = (await CsvAsync(3)).Csv + "LM09;GM0392;1989;10;5;\n";
        var refused = await analyst.PostAsync("/api/v1/monitor/imports", new StringContent(bad, Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal(batches + 1, await DbAsync(db => db.ImportBatches.CountAsync()));
        Assert.Equal(rows, await DbAsync(db => db.IndicatorValueHistory.CountAsync(h => h.ReplacedByBatchId >= batch)));
        Assert.Equal(rows, await DbAsync(db => db.IndicatorValues.CountAsync(v => v.ImportBatchId == batch)));
    }
}

[Trait(Kinds.Trait, Kinds.Sqlite)]
public sealed class LargeImportSqliteTests(IsolatedSqliteApp app) : LargeImportTests(app), IClassFixture<IsolatedSqliteApp>;

[Trait(Kinds.Trait, Kinds.Postgres)]
public sealed class LargeImportPostgresTests(IsolatedPostgresApp app) : LargeImportTests(app), IClassFixture<IsolatedPostgresApp>;
