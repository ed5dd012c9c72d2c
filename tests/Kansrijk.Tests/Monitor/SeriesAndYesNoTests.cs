using System.Net;
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

/// <summary>Published and computed series stay apart; yes/no indicators are counted in municipalities.</summary>
public abstract class SeriesAndYesNoTests(KansrijkFactory app)
{
    private async Task<List<Area>> GeographyAsync()
    {
        await using var scope = app.Scope();
        return await scope.ServiceProvider.GetRequiredService<KansrijkDb>().Areas.AsNoTracking().ToListAsync();
    }

    [Fact]
    public async Task A_published_and_a_computed_national_series_are_separate_lines_and_the_judgement_compares_like_with_like()
    {
        // LM08 has no demo data. 2038 computed from every municipality; 2037 and 2039 only published for the country.
        var municipalities = (await GeographyAsync()).Where(a => a.Type == AreaType.Municipality).Select(a => a.Code).ToList();
        var csv = new StringBuilder("indicator;gebied;periode;teller;noemer;waarde\n");
        foreach (var m in municipalities) csv.Append($"LM08;{m};2038;{(m == "GM0392" ? 40 : 50)};500;\n");
        csv.Append("LM08;NL01;2037;;;30\nLM08;NL01;2039;;;5\n");
        var analyst = await DemoLogin.AsAsync(app, DemoAccounts.Analyst);
        var imported = await analyst.PostAsync("/api/v1/monitor/imports", new StringContent(csv.ToString(), Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.Created, imported.StatusCode);

        var page = await app.NewClient().GetDocumentAsync("/monitor/gebied/GM0392");
        var lm08 = page.QuerySelector("section[aria-labelledby=titel-lm08]")!;
        var cells = lm08.QuerySelectorAll("#trend-lm08 tbody tr").SelectMany(r => r.QuerySelectorAll("td[data-series]")
            .Where(td => !string.IsNullOrEmpty(td.GetAttribute("data-value")))
            .Select(td => (Year: r.GetAttribute("data-period"), Series: td.GetAttribute("data-series")))).ToList();
        Assert.Equal(["2038"], cells.Where(c => c.Series == "Nederland, berekend").Select(c => c.Year));
        Assert.Equal(["2037", "2039"], cells.Where(c => c.Series == "Nederland, gepubliceerd").Select(c => c.Year));
        Assert.Equal(["2038"], cells.Where(c => c.Series == "Haarlem, berekend").Select(c => c.Year));
        // Haarlem 8% in 2038 against the computed 10% of 2038, not against a published figure of another year
        Assert.Contains("2038: ", lm08.QuerySelector("p")!.TextContent);
        Assert.Contains("gunstiger dan landelijk", lm08.QuerySelector("p")!.TextContent);
        Assert.DoesNotContain("gepubliceerd", lm08.QuerySelector("p")!.TextContent);
    }

    [Theory]
    [InlineData("L12")]
    [InlineData("LM07")]
    public async Task Synthetic_figures_keep_haarlem_below_the_national_average_as_its_note_says(string indicator)
    {
        foreach (var period in Enumerable.Range(Kansrijk.Demo.MonitorDemoData.FirstYear, 9).Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append("2020-2024"))
        {
            var values = (await app.NewClient().GetAllItemsAsync($"/api/v1/monitor/values?indicator={indicator}&period={period}"))!;
            var haarlem = values.SingleOrDefault(v => v.GetProperty("area").GetString() == "GM0392" && v.GetProperty("kind").GetString() == "municipal");
            // a year with Haarlem's real published figure instead, or a count too small to show
            if (haarlem.ValueKind == JsonValueKind.Undefined || haarlem.GetProperty("suppressed").GetBoolean()) continue;
            var national = values.Single(v => v.GetProperty("area").GetString() == "NL01" && v.GetProperty("kind").GetString() == "aggregated");
            Assert.True(haarlem.GetProperty("value").GetDecimal() < national.GetProperty("value").GetDecimal(), $"{indicator} {period}: Haarlem not below the country");
        }
    }

    [Fact]
    public async Task Yes_no_indicators_are_counted_in_municipalities_and_a_percentage_uses_the_definitions_denominator()
    {
        await using (var scope = app.Scope())
        {
            var held = await scope.ServiceProvider.GetRequiredService<KansrijkDb>().DefinitionDenominators.AsNoTracking()
                .SingleAsync(d => d.IndicatorCode == "L01" && d.AreaCode == "NL01" && d.Year == 2022);
            Assert.Equal(272, held.Count);
            Assert.Contains("voortgangsrapportage", held.Source);
        }
        var areas = await GeographyAsync();
        var geography = new AreaSums(areas);
        var municipalities = areas.Where(a => a.Type == AreaType.Municipality).OrderBy(a => a.Code, StringComparer.Ordinal).ToList();
        // 200 municipalities answered; 166 of them have a coalition
        var values = municipalities.Take(200).Select((m, i) => new MonitorQueries.StoredValue(m.Code, "2022", 2022, 2022, i < 166 ? 1 : 0, 1, null, "Kansrijk-register", false)).ToList();
        var indicators = IndicatorCatalogue.Builtin.ToDictionary(i => i.Code);

        var l01 = MonitorQueries.Compute(indicators["L01"], new Period(2022, 2022), values, geography, 0.5, DefinitionDenominators.Builtin.Where(d => d.IndicatorCode == "L01").ToList());
        var nl = l01.Computed["NL01"];
        Assert.Equal(272, nl.DefinitionDenominator);
        Assert.Equal("166 van de 200 gemeenten die antwoordden; 61% van 272 gemeenten met impulsgelden Kansrijke Start", MonitorFormat.Value(indicators["L01"], nl));
        var firstProvince = municipalities[0].ProvinceCode!;
        var province = l01.Computed[firstProvince];
        if (!province.InsufficientData)
        {
            Assert.Null(province.Value); // no held denominator for a province: counts, no percentage
            Assert.DoesNotContain("%", MonitorFormat.Value(indicators["L01"], province));
        }
        Assert.Equal("ja", MonitorFormat.Value(indicators["L01"], l01.Computed[municipalities[0].Code]));
        Assert.Equal("nee", MonitorFormat.Value(indicators["L01"], l01.Computed[municipalities[199].Code]));
        Assert.Null(MonitorFormat.JudgementLikeWithLike(indicators["L01"], l01.Computed[municipalities[0].Code], nl, null));

        // L04 counts among all municipalities: 166 of 342
        var l04 = MonitorQueries.Compute(indicators["L04"], new Period(2022, 2022), values, geography);
        Assert.Equal(342, l04.Computed["NL01"].DefinitionDenominator);
        Assert.Equal(Math.Round(166 * 100m / 342, 2), l04.Computed["NL01"].Value);

        // The definition texts say which municipalities are counted
        var api = (await app.NewClient().GetAllItemsAsync("/api/v1/monitor/indicators"))!.Single(i => i.GetProperty("code").GetString() == "L01");
        Assert.Contains("impulsgelden", api.GetProperty("denominator").GetString());
    }
}

[Collection(SqliteCollection.Name), Trait(Kinds.Trait, Kinds.Sqlite)]
public sealed class SeriesAndYesNoSqliteTests(SqliteApp app) : SeriesAndYesNoTests(app);

[Collection(PostgresCollection.Name), Trait(Kinds.Trait, Kinds.Postgres)]
public sealed class SeriesAndYesNoPostgresTests(PostgresApp app) : SeriesAndYesNoTests(app);
