using System.Globalization;
using System.Net;
using System.Text;
using Kansrijk.Monitor;
using Kansrijk.Tests.Infrastructure;

namespace Kansrijk.Tests.Monitor;

public abstract class MonitorPageTests(KansrijkFactory app)
{
    private readonly HttpClient client = app.NewClient();

    private static decimal? Number(string text) =>
        decimal.TryParse(text.Replace("%", "").Replace("per 1.000", "").Trim(), NumberStyles.Number, CultureInfo.GetCultureInfo("nl-NL"), out var v) ? v : null;

    [Fact]
    public async Task The_overview_lists_every_indicator_by_phase_with_the_published_national_figure()
    {
        var page = await client.GetDocumentAsync("/monitor");
        Assert.Equal(["Programmabreed", "Voor de zwangerschap", "Tijdens de zwangerschap", "Na de zwangerschap"],
            page.QuerySelectorAll("main h2").Select(h => h.TextContent).Where(t => t != "Controleer het formulier"));
        var l01 = page.QuerySelectorAll("main tbody tr").Single(r => r.TextContent.Contains("Gemeenten met een lokale") && r.TextContent.Contains("(L01)"));
        Assert.Contains("61%", l01.TextContent);
        Assert.Contains("stijgt: 21 (2020) → 61 (2022), gunstig", l01.TextContent);
        Assert.Contains(MonitorNames.SyntheticLabel, page.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task An_area_page_compares_with_its_region_province_and_the_country_and_judges_in_the_desired_direction()
    {
        var page = await client.GetDocumentAsync("/monitor/gebied/GM0392");
        Assert.Equal("Monitor: Haarlem", page.QuerySelector("h1")!.TextContent);
        var big2 = page.QuerySelector("section[aria-labelledby=titel-l12]")!;
        var rows = big2.QuerySelectorAll("table:not([id]) tbody tr").Select(r => r.GetAttribute("data-area")).ToList();
        Assert.Equal(["GM0392", "GG3109", "PV27", "NL01"], rows);
        var own = Number(big2.QuerySelector("tr[data-area=GM0392] td")!.TextContent)!.Value;
        var national = Number(big2.QuerySelectorAll("tr[data-area=NL01] td")[0].TextContent)!.Value;
        var expected = own == national ? "gelijk" : own < national ? "gunstiger dan landelijk" : "ongunstiger dan landelijk";
        Assert.Contains(expected, big2.QuerySelector("p")!.TextContent);
        Assert.NotNull(big2.QuerySelector("figure[data-trend-chart=trend-l12]"));
        Assert.True(big2.QuerySelectorAll("#trend-l12 tbody tr").Length >= 5);
    }

    [Fact]
    public async Task The_country_page_shows_the_published_figure_beside_the_computed_one()
    {
        var page = await client.GetDocumentAsync("/monitor/gebied/NL01");
        var l01 = page.QuerySelector("section[aria-labelledby=titel-l01]")!;
        Assert.Contains("61%", l01.QuerySelector("p")!.TextContent);
        Assert.Contains("gepubliceerd cijfer", l01.TextContent);
    }

    [Fact]
    public async Task Up_to_five_peer_municipalities_are_added_and_a_sixth_is_refused_keeping_the_input()
    {
        var page = await client.GetDocumentAsync("/monitor/gebied/GM0392?vergelijk=GM0363, GM0599");
        var big2 = page.QuerySelector("section[aria-labelledby=titel-l12]")!;
        Assert.NotNull(big2.QuerySelector("tr[data-area=GM0363]"));
        Assert.NotNull(big2.QuerySelector("tr[data-area=GM0599]"));

        var six = "GM0363,GM0599,GM0344,GM0014,GM0518,GM0772";
        var refused = await client.GetDocumentAsync($"/monitor/gebied/GM0392?vergelijk={six}");
        Assert.Contains("hoogstens 5", refused.QuerySelector("#vergelijk-fout")!.TextContent);
        Assert.Equal(six, refused.QuerySelector("input#vergelijk")!.GetAttribute("value"));
        var unknown = await client.GetDocumentAsync("/monitor/gebied/GM0392?vergelijk=GM9999");
        Assert.Contains("GM9999", unknown.QuerySelector("#vergelijk-fout")!.TextContent);
    }

    [Fact]
    public async Task The_indicator_page_lists_all_municipalities_sorts_filters_and_offers_exactly_that_as_csv()
    {
        var all = await client.GetDocumentAsync("/monitor/indicator/L12");
        Assert.Equal(342, all.QuerySelectorAll("#gemeenten tbody tr").Length);

        var sorted = await client.GetDocumentAsync("/monitor/indicator/L12?periode=2020-2024&provincie=PV27&sorteer=waarde&richting=af");
        var rows = sorted.QuerySelectorAll("#gemeenten tbody tr").ToList();
        Assert.Equal(44, rows.Count);
        Assert.Equal("descending", sorted.QuerySelector("th[aria-sort]")!.GetAttribute("aria-sort"));
        var values = rows.Select(r => r.GetAttribute("data-value")).Where(v => !string.IsNullOrEmpty(v)).Select(v => decimal.Parse(v!, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(values.OrderByDescending(v => v), values);

        var csv = await client.GetStringAsync("/monitor/indicator/L12?periode=2020-2024&provincie=PV27&sorteer=waarde&richting=af&handler=csv");
        var lines = csv.TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("indicator;indicatornaam;gebied", lines[0]);
        var municipalLines = lines.Skip(1).Where(l => l.Split(';')[2].StartsWith("GM")).ToList();
        Assert.Equal(rows.Count(r => r.QuerySelectorAll("td")[2].TextContent.Length > 0 || r.TextContent.Contains(MonitorNames.Suppressed)), municipalLines.Count);
        foreach (var line in municipalLines.Where(l => l.Contains(MonitorNames.Suppressed)))
        {
            var f = line.Split(';');
            Assert.Equal(("", "", ""), (f[5], f[6], f[7]));
        }
    }

    [Fact]
    public async Task Suppressed_cells_show_no_numbers_on_the_page()
    {
        var page = await client.GetDocumentAsync("/monitor/indicator/L15?periode=2024");
        var hidden = page.QuerySelectorAll("#gemeenten tbody tr").Where(r => r.TextContent.Contains(MonitorNames.Suppressed)).ToList();
        Assert.NotEmpty(hidden);
        Assert.All(hidden, r =>
        {
            Assert.True(string.IsNullOrEmpty(r.GetAttribute("data-value")));
            var cells = r.QuerySelectorAll("td");
            Assert.Equal(("", ""), (cells[0].TextContent, cells[1].TextContent));
        });
    }

    [Theory]
    [InlineData("/monitor/indicator/L99")]
    [InlineData("/monitor/gebied/GM9999")]
    public async Task Unknown_indicators_and_areas_give_the_dutch_404(string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Pagina niet gevonden", (await Forms.ParseAsync(response)).QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task The_area_chooser_works_without_script()
    {
        var response = await client.GetAsync("/monitor/gebied?code=gg3109");
        Assert.Equal("/monitor/gebied/GG3109", Forms.PathOf(response.Headers.Location));
    }

    [Fact]
    public async Task The_import_page_is_for_analysts_and_reports_errors_by_row_and_column()
    {
        Assert.Equal("/inloggen", Forms.PathOf((await client.GetAsync("/monitor/import")).Headers.Location));
        var analyst = await DemoLogin.AsAsync(app, Kansrijk.Demo.DemoAccounts.Analyst);
        var form = (AngleSharp.Html.Dom.IHtmlFormElement)(await analyst.GetDocumentAsync("/monitor/import")).QuerySelector("main form")!;
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("Testbron"), "Bron" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes("indicator;gebied;periode;teller;noemer;waarde\nLM09;GM0392;2040;5;;\n")), "Bestand", "fout.csv" },
        };
        var page = await Forms.ParseAsync(await analyst.PostAsync("/monitor/import", content));
        Assert.Contains("Er is niets opgeslagen", page.QuerySelector("#importfouten")!.TextContent);
        var cells = page.QuerySelectorAll("main table tbody tr td").Select(c => c.TextContent).ToList();
        Assert.Equal("2", cells[0]);
        Assert.Equal("noemer", cells[1]);
        Assert.Equal("Testbron", page.QuerySelector("input#Bron")!.GetAttribute("value"));
    }
}

[Collection(SqliteCollection.Name), Trait(Kinds.Trait, Kinds.Sqlite)]
public sealed class MonitorPageSqliteTests(SqliteApp app) : MonitorPageTests(app);

[Collection(PostgresCollection.Name), Trait(Kinds.Trait, Kinds.Postgres)]
public sealed class MonitorPagePostgresTests(PostgresApp app) : MonitorPageTests(app);
