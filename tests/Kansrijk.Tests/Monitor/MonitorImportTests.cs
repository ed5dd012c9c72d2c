using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Kansrijk.Demo;
using Kansrijk.Platform.Database;
using Kansrijk.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kansrijk.Tests.Monitor;

/// <summary>Import through the API, then read back through the API: aggregation, suppression, all-or-nothing, history.</summary>
public abstract class MonitorImportTests(KansrijkFactory app)
{
    // LM09 has no demo data; each test uses its own year, so tests sharing the app do not meet.
    private const string Indicator = "LM09";

    public static async Task<HttpResponseMessage> PostCsvAsync(HttpClient client, string csv) =>
        await client.PostAsync("/api/v1/monitor/imports", new StringContent(csv, Encoding.UTF8, "text/csv"));

    private static string Csv(string period, IReadOnlyDictionary<string, (long N, long D)> rows) =>
        "indicator;gebied;periode;teller;noemer;waarde\n" + string.Concat(rows.Select(r => $"{Indicator};{r.Key};{period};{r.Value.N};{r.Value.D};\n"));

    private async Task<List<JsonElement>> ValuesAsync(string period) =>
        (await app.NewClient().GetAllItemsAsync($"/api/v1/monitor/values?indicator={Indicator}&period={period}"));

    // Kennemerland (9), Amsterdam alone in its region, Edam-Volendam alone in Zaanstreek/Waterland.
    private static readonly Dictionary<string, (long N, long D)> Municipalities = new()
    {
        ["GM0375"] = (120, 900),
        ["GM0377"] = (60, 400),
        ["GM0392"] = (300, 1900),
        ["GM0394"] = (250, 2000),
        ["GM0396"] = (70, 500),
        ["GM0397"] = (55, 420),
        ["GM0450"] = (30, 200),
        ["GM0453"] = (110, 800),
        ["GM0473"] = (4, 150),
        ["GM0363"] = (1200, 8000),
        ["GM0385"] = (3, 250),
    };

    [Fact]
    public async Task Regions_provinces_and_the_country_are_sums_of_counts_and_no_hidden_count_can_be_recovered()
    {
        var analyst = await DemoLogin.AsAsync(app, DemoAccounts.Analyst);
        var response = await PostCsvAsync(analyst, Csv("2031", Municipalities));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);

        var values = await ValuesAsync("2031");
        var byArea = values.ToDictionary(v => v.GetProperty("area").GetString()!);
        var areas = (await app.NewClient().GetAllItemsAsync("/api/v1/areas"));

        // Primary: Zandvoort (4) and Edam-Volendam (3) are hidden, with no numbers at all.
        foreach (var small in new[] { "GM0473", "GM0385" })
        {
            Assert.True(byArea[small].GetProperty("suppressed").GetBoolean());
            Assert.Equal(JsonValueKind.Null, byArea[small].GetProperty("numerator").ValueKind);
            Assert.Equal(JsonValueKind.Null, byArea[small].GetProperty("denominator").ValueKind);
            Assert.Equal(JsonValueKind.Null, byArea[small].GetProperty("value").ValueKind);
        }

        // Every shown aggregate is Σ numerator / Σ denominator of its municipalities.
        foreach (var aggregate in byArea.Values.Where(v => v.GetProperty("kind").GetString() == "aggregated" && !v.GetProperty("suppressed").GetBoolean()
            && !v.GetProperty("insufficientData").GetBoolean()))
        {
            var code = aggregate.GetProperty("area").GetString()!;
            var members = Members(areas, code).Where(Municipalities.ContainsKey).ToList();
            var n = members.Sum(m => Municipalities[m].N);
            var d = members.Sum(m => Municipalities[m].D);
            Assert.Equal(n, aggregate.GetProperty("numerator").GetInt64());
            Assert.Equal(d, aggregate.GetProperty("denominator").GetInt64());
            Assert.Equal(Math.Round(n * 100m / d, 1), aggregate.GetProperty("value").GetDecimal());
        }

        // Secondary: in every sum whose total is shown, the hidden parts are at least two and together not small.
        bool Hidden(string code) => !byArea.TryGetValue(code, out var v) || v.GetProperty("suppressed").GetBoolean();
        (long N, long D) Counts(string code) => Municipalities.TryGetValue(code, out var c) ? c
            : (Members(areas, code).Where(Municipalities.ContainsKey).Sum(m => Municipalities[m].N), Members(areas, code).Where(Municipalities.ContainsKey).Sum(m => Municipalities[m].D));
        foreach (var total in byArea.Keys.Where(k => !Municipalities.ContainsKey(k) && !Hidden(k)))
        {
            var sums = new List<List<string>> { Members(areas, total).Where(Municipalities.ContainsKey).ToList() };
            var type = areas.Single(a => a.GetProperty("code").GetString() == total).GetProperty("type").GetString();
            if (type == "province") sums.Add(areas.Where(a => a.GetProperty("type").GetString() == "ggdregion" && a.GetProperty("provinceCode").GetString() == total).Select(a => a.GetProperty("code").GetString()!).Where(byArea.ContainsKey).ToList());
            if (type == "country") sums.Add(areas.Where(a => a.GetProperty("type").GetString() == "province").Select(a => a.GetProperty("code").GetString()!).Where(byArea.ContainsKey).ToList());
            foreach (var parts in sums)
            {
                var hidden = parts.Where(Hidden).ToList();
                if (hidden.Count == 0) continue;
                Assert.True(hidden.Count >= 2, $"{total} minus its shown parts gives {hidden[0]}");
                var n = hidden.Sum(h => Counts(h).N);
                var rest = hidden.Sum(h => Counts(h).D) - n;
                Assert.True(Math.Min(n, rest) >= 10, $"{total} minus its shown parts gives a group under 10 ({string.Join("+", hidden)})");
            }
        }
    }

    [Fact]
    public async Task A_figure_for_a_region_province_or_the_country_needs_half_of_its_municipalities_and_says_of_how_many()
    {
        var analyst = await DemoLogin.AsAsync(app, DemoAccounts.Analyst);
        // One municipality only: before, this showed "Nederland 25%, berekend uit 1 gemeente" and judged against it.
        Assert.Equal(HttpStatusCode.Created, (await PostCsvAsync(analyst, Csv("2036", new Dictionary<string, (long, long)> { ["GM0363"] = (1200, 4800) }))).StatusCode);
        var byArea = (await ValuesAsync("2036")).ToDictionary(v => v.GetProperty("area").GetString()!);
        var nl = byArea["NL01"];
        Assert.True(nl.GetProperty("insufficientData").GetBoolean());
        Assert.False(nl.GetProperty("suppressed").GetBoolean());
        Assert.Equal(JsonValueKind.Null, nl.GetProperty("value").ValueKind);
        Assert.Equal(JsonValueKind.Null, nl.GetProperty("numerator").ValueKind);
        Assert.Equal(1, nl.GetProperty("municipalities").GetInt32());
        Assert.Equal(342, nl.GetProperty("memberMunicipalities").GetInt32());
        Assert.Equal(1200, byArea["GM0363"].GetProperty("numerator").GetInt64());

        // Kennemerland's municipalities all, so its region is shown with "of how many"; Noord-Holland is not.
        var kennemerland = new[] { "GM0375", "GM0377", "GM0392", "GM0394", "GM0396", "GM0397", "GM0450", "GM0453", "GM0473" };
        var rows = kennemerland.ToDictionary(m => m, m => (100L, 800L));
        Assert.Equal(HttpStatusCode.Created, (await PostCsvAsync(analyst, Csv("2037", rows))).StatusCode);
        var second = (await ValuesAsync("2037")).ToDictionary(v => v.GetProperty("area").GetString()!);
        var region = second["GG3109"];
        Assert.False(region.GetProperty("insufficientData").GetBoolean());
        Assert.Equal(900, region.GetProperty("numerator").GetInt64());
        Assert.Equal(region.GetProperty("memberMunicipalities").GetInt32(), region.GetProperty("municipalities").GetInt32());
        Assert.True(second["PV27"].GetProperty("insufficientData").GetBoolean());

        var page = await app.NewClient().GetDocumentAsync("/monitor/gebied/GM0392");
        var lm09 = page.QuerySelector("section[aria-labelledby=titel-lm09]")!;
        Assert.Contains("onvoldoende gegevens", lm09.QuerySelector("tr[data-area=NL01]")!.TextContent);
        Assert.Contains("berekend uit 9 van 342 gemeenten", lm09.QuerySelector("tr[data-area=NL01]")!.TextContent);
        Assert.Contains("berekend uit 9 van 9 gemeenten", lm09.QuerySelector("tr[data-area=GG3109]")!.TextContent);
        Assert.DoesNotContain("landelijk", lm09.QuerySelector("p")!.TextContent); // no judgement against 9 municipalities
    }

    [Fact]
    public async Task Register_owned_indicators_refuse_municipal_rows_in_an_import_and_keep_the_register_value()
    {
        var analyst = await DemoLogin.AsAsync(app, DemoAccounts.Analyst);
        var catalogue = (await app.NewClient().GetAllItemsAsync("/api/v1/monitor/indicators"))!.ToDictionary(i => i.GetProperty("code").GetString()!);
        Assert.Equal("CoalitionRegister", catalogue["L01"].GetProperty("origin").GetString());
        Assert.Equal("Import", catalogue["L12"].GetProperty("origin").GetString());

        var before = await app.NewClient().GetAllItemsAsync("/api/v1/monitor/values?indicator=L01&area=GM0392");
        var refused = await PostCsvAsync(analyst, "indicator;gebied;periode;teller;noemer;waarde\nLM09;GM0392;2039;300;1900;\nL01;GM0392;2039;0;1;\nL04;GM0363;2039;1;1;\n");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var errors = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateArray().ToList();
        Assert.Equal([3, 4], errors.Select(e => e.GetProperty("row").GetInt32()));
        Assert.All(errors, e => Assert.Contains("coalitieregister", e.GetProperty("message").GetString()));
        Assert.Equal(before!.Count, (await app.NewClient().GetAllItemsAsync("/api/v1/monitor/values?indicator=L01&area=GM0392"))!.Count);
        Assert.Empty(await ValuesAsync("2039"));

        // A published national figure (e.g. from a progress report) is no register value and may still be imported.
        Assert.Equal(HttpStatusCode.Created, (await PostCsvAsync(analyst, "indicator;gebied;periode;teller;noemer;waarde\nL01;NL01;2039;;;64\n")).StatusCode);
    }

    private static IEnumerable<string> Members(List<JsonElement> areas, string code)
    {
        var type = areas.Single(a => a.GetProperty("code").GetString() == code).GetProperty("type").GetString();
        return areas.Where(a => a.GetProperty("type").GetString() == "municipality" && type switch
        {
            "ggdregion" => a.GetProperty("ggdRegionCode").GetString() == code,
            "province" => a.GetProperty("provinceCode").GetString() == code,
            _ => true,
        }).Select(a => a.GetProperty("code").GetString()!);
    }

    [Fact]
    public async Task One_bad_row_means_nothing_of_the_file_is_stored()
    {
        var analyst = await DemoLogin.AsAsync(app, DemoAccounts.Analyst);
        var csv = "indicator;gebied;periode;teller;noemer;waarde\nLM09;GM0392;2032;300;1900;\nLM09;GM0363;2032;1200;8000;\nLM09;GM0394;2032;2500;2000;\n";
        var response = await PostCsvAsync(analyst, csv);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var error = Assert.Single(problem.GetProperty("errors").EnumerateArray());
        Assert.Equal(4, error.GetProperty("row").GetInt32());
        Assert.Equal("teller", error.GetProperty("column").GetString());
        Assert.Empty(await ValuesAsync("2032"));
    }

    [Fact]
    public async Task A_later_import_replaces_the_value_and_keeps_the_old_one_in_history()
    {
        var analyst = await DemoLogin.AsAsync(app, DemoAccounts.Analyst);
        Assert.Equal(HttpStatusCode.Created, (await PostCsvAsync(analyst, "indicator;gebied;periode;teller;noemer;waarde\nLM09;GM0392;2033;300;1900;\n")).StatusCode);
        var second = await PostCsvAsync(analyst, "indicator;gebied;periode;teller;noemer;waarde\nLM09;GM0392;2033;320;1950;\n");
        var answer = await second.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((0, 1), (answer.GetProperty("added").GetInt32(), answer.GetProperty("replaced").GetInt32()));

        var haarlem = (await ValuesAsync("2033")).Single(v => v.GetProperty("area").GetString() == "GM0392");
        Assert.Equal(320, haarlem.GetProperty("numerator").GetInt64());

        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<KansrijkDb>();
        var old = await db.IndicatorValueHistory.SingleAsync(h => h.IndicatorCode == Indicator && h.AreaCode == "GM0392" && h.Period == "2033");
        Assert.Equal((300L, 1900L), (old.Numerator!.Value, old.Denominator!.Value));
    }

    [Fact]
    public async Task Only_analysts_may_import_and_only_as_text_csv()
    {
        var csv = "indicator;gebied;periode;teller;noemer;waarde\nLM09;GM0392;2034;300;1900;\n";
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostCsvAsync(app.NewClient(), csv)).StatusCode);
        var professional = await DemoLogin.AsAsync(app, DemoAccounts.Professional);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostCsvAsync(professional, csv)).StatusCode);
        var analyst = await DemoLogin.AsAsync(app, DemoAccounts.Analyst);
        var form = await analyst.PostAsync("/api/v1/monitor/imports", new StringContent(csv, Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, form.StatusCode);
        Assert.Empty(await ValuesAsync("2034"));
    }

    [Fact]
    public async Task The_values_api_gives_the_contract_fields_and_labels_published_and_synthetic_figures()
    {
        var values = await ValuesAsync("2021");
        Assert.Empty(values); // LM09 has no 2021 figures
        var nl = (await app.NewClient().GetAllItemsAsync("/api/v1/monitor/values?indicator=L12&area=NL01&period=2021"));
        var published = nl.Single(v => v.GetProperty("kind").GetString() == "published");
        Assert.Equal(14.8m, published.GetProperty("value").GetDecimal());
        Assert.False(published.GetProperty("synthetic").GetBoolean());
        Assert.Contains("voortgangsrapportage", published.GetProperty("source").GetString());
        var computed = nl.Single(v => v.GetProperty("kind").GetString() == "aggregated");
        Assert.True(computed.GetProperty("synthetic").GetBoolean());
        foreach (var field in new[] { "indicator", "area", "period", "numerator", "denominator", "value", "suppressed", "kind", "source" })
        {
            Assert.True(computed.TryGetProperty(field, out _), field);
        }

        var indicators = (await app.NewClient().GetAllItemsAsync("/api/v1/monitor/indicators"));
        Assert.Equal(15, indicators.Count(i => i.GetProperty("set").GetString() == "National"));
        Assert.Equal(400, (int)(await app.NewClient().GetAsync("/api/v1/monitor/values")).StatusCode);
    }
}

[Collection(SqliteCollection.Name), Trait(Kinds.Trait, Kinds.Sqlite)]
public sealed class MonitorImportSqliteTests(SqliteApp app) : MonitorImportTests(app);

[Collection(PostgresCollection.Name), Trait(Kinds.Trait, Kinds.Postgres)]
public sealed class MonitorImportPostgresTests(PostgresApp app) : MonitorImportTests(app);
