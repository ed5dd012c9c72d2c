using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kansrijk.Coalitions;
using Kansrijk.Tests.Infrastructure;

namespace Kansrijk.Tests.Coalitions;

[Trait(Kinds.Trait, Kinds.Unit)]
public sealed class CoalitionRuleTests
{
    [Theory]
    [InlineData(2019, null, 2018, false)]
    [InlineData(2019, null, 2019, true)]
    [InlineData(2019, 2021, 2020, true)]
    [InlineData(2019, 2021, 2021, false)]
    [InlineData(null, null, 2000, true)]
    public void A_partner_takes_part_from_the_year_it_joined_until_the_year_it_left(int? joined, int? left, int year, bool expected) =>
        Assert.Equal(expected, new Partner { Name = "x", JoinedYear = joined, LeftYear = left }.TakesPartIn(year));

    [Fact]
    public void Budget_totals_are_exact_sums_of_cents_per_source_and_year()
    {
        var detail = new CoalitionDetail(new Coalition { Name = "x" }, new Dictionary<string, string>(), [], new Dictionary<int, ActionLine>(), [],
            new Dictionary<int, Intervention>(),
            [
                new BudgetLine { Year = 2022, Source = BudgetSource.MunicipalBudget, AmountCents = 80_000_10 },
                new BudgetLine { Year = 2022, Source = BudgetSource.MunicipalBudget, AmountCents = 0_000_20 },
                new BudgetLine { Year = 2022, Source = BudgetSource.Spuk, AmountCents = 1_000_00 },
                new BudgetLine { Year = 2023, Source = BudgetSource.Spuk, AmountCents = 5_00 },
            ]);
        var (year, total, perSource) = detail.BudgetByYear[0];
        Assert.Equal((2022, 81_000.30m), (year, total));
        Assert.Equal([(BudgetSource.MunicipalBudget, 80_000.30m), (BudgetSource.Spuk, 1_000m)], perSource);
        Assert.Equal(5m, detail.BudgetByYear[1].Total);
    }
}

public abstract class CoalitionRegistryTests(KansrijkFactory app)
{
    private readonly HttpClient client = app.NewClient();

    private async Task<int> HaarlemIdAsync() =>
        (await client.GetAllItemsAsync("/api/v1/coalitions"))
            .Single(c => c.GetProperty("kind").GetString() == "Local" && c.GetProperty("municipalities").EnumerateArray().Any(m => m.GetString() == "GM0392")).GetProperty("id").GetInt32();

    [Fact]
    public async Task Haarlem_2022_budget_comes_out_at_135000_euros_on_the_page_and_in_the_api()
    {
        var id = await HaarlemIdAsync();
        var page = await client.GetDocumentAsync($"/coalities/{id}");
        Assert.Equal("€ 135.000", page.QuerySelector("td[data-total='2022']")!.TextContent.Trim());

        var coalition = await client.GetFromJsonAsync<JsonElement>($"/api/v1/coalitions/{id}");
        Assert.Equal(135_000m, coalition.GetProperty("budget").EnumerateArray().Where(b => b.GetProperty("year").GetInt32() == 2022).Sum(b => b.GetProperty("amount").GetDecimal()));
    }

    [Fact]
    public async Task The_coalition_page_shows_partners_by_domain_and_how_they_changed_over_the_years()
    {
        var page = await client.GetDocumentAsync($"/coalities/{await HaarlemIdAsync()}");
        string[] Row(int year) => [.. page.QuerySelector($"#partners-per-jaar tr[data-year='{year}']")!.QuerySelectorAll("td").Select(c => c.TextContent)];
        Assert.Equal(["5", "0", "0", "5"], Row(2019));
        Assert.Equal(["5", "2", "1", "8"], Row(2021));
        Assert.Equal(["medisch domein", "sociaal domein", "informeel domein"],
            page.QuerySelectorAll("main h3").Select(h => h.TextContent).Where(t => t.EndsWith("domein")));
    }

    [Fact]
    public async Task The_api_gives_the_three_local_lines_with_seven_goals_linked_to_the_national_lines()
    {
        var coalition = await client.GetFromJsonAsync<JsonElement>($"/api/v1/coalitions/{await HaarlemIdAsync()}");
        var lines = coalition.GetProperty("lines").EnumerateArray().ToList();
        Assert.Equal([1, 2, 3], lines.Select(l => l.GetProperty("nationalLine").GetInt32()));
        Assert.Equal(7, lines.Sum(l => l.GetProperty("goals").GetArrayLength()));
        Assert.Equal(3, coalition.GetProperty("activities").GetArrayLength());
        Assert.Equal(8, coalition.GetProperty("partners").GetArrayLength());
    }

    [Fact]
    public async Task Groningen_comes_from_its_practice_example_with_the_health_insurer_and_the_wij_teams_and_no_invented_plan()
    {
        var all = (await client.GetAllItemsAsync("/api/v1/coalitions"));
        var groningen = all.Single(c => c.GetProperty("kind").GetString() == "Local" && c.GetProperty("municipalities").EnumerateArray().Any(m => m.GetString() == "GM0014"));
        Assert.Equal((2020, JsonValueKind.Null), (groningen.GetProperty("statusSince").GetInt32(), groningen.GetProperty("plan").ValueKind));
        var detail = await client.GetFromJsonAsync<JsonElement>($"/api/v1/coalitions/{groningen.GetProperty("id").GetInt32()}");
        var partners = detail.GetProperty("partners").EnumerateArray().ToList();
        Assert.Contains(partners, p => p.GetProperty("type").GetString() == "HealthInsurer" && p.GetProperty("name").GetString()!.Contains("Menzis"));
        Assert.Contains(partners, p => p.GetProperty("type").GetString() == "SocialTeam" && p.GetProperty("domain").GetString() == "Social");
        Assert.All(partners, p => Assert.Equal(JsonValueKind.Null, p.GetProperty("joinedYear").ValueKind));
        var page = await client.GetDocumentAsync($"/coalities/{groningen.GetProperty("id").GetInt32()}");
        Assert.Contains("onbekend", page.QuerySelector(".kansrijk-facts")!.TextContent);
    }

    [Fact]
    public async Task The_list_counts_coalitions_and_municipalities_per_status_and_unknown_ids_give_404()
    {
        var page = await client.GetDocumentAsync("/coalities");
        var formed = page.QuerySelector("#per-status tr[data-status=Formed]")!.QuerySelectorAll("td").Select(c => c.TextContent).ToList();
        Assert.True(int.Parse(formed[0]) >= 1);
        Assert.Contains("Haarlem", page.QuerySelector("#coalities")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/coalities/99999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/coalitions/99999")).StatusCode);
    }
}

[Collection(SqliteCollection.Name), Trait(Kinds.Trait, Kinds.Sqlite)]
public sealed class CoalitionRegistrySqliteTests(SqliteApp app) : CoalitionRegistryTests(app);

[Collection(PostgresCollection.Name), Trait(Kinds.Trait, Kinds.Postgres)]
public sealed class CoalitionRegistryPostgresTests(PostgresApp app) : CoalitionRegistryTests(app);
