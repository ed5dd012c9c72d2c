using System.Net;
using Kansrijk.Tests.Infrastructure;

namespace Kansrijk.Tests.Geography;

public abstract class AreaPageTests(KansrijkFactory app)
{
    private readonly HttpClient client = app.NewClient();

    [Fact]
    public async Task Searching_sudwest_finds_Sudwest_Fryslan()
    {
        var page = await client.GetDocumentAsync("/gebieden?q=sudwest");
        var names = page.QuerySelectorAll("main table tbody tr td:first-child a").Select(a => a.TextContent).ToList();
        Assert.Equal(["Súdwest-Fryslân"], names);
    }

    [Fact]
    public async Task Searching_by_code_and_type_filters()
    {
        var page = await client.GetDocumentAsync("/gebieden?q=GG31&soort=ggdregion");
        var rows = page.QuerySelectorAll("main table tbody tr").ToList();
        Assert.Single(rows);
        Assert.Contains("GGD Kennemerland", rows[0].TextContent);
    }

    [Fact]
    public async Task A_ggd_region_page_lists_its_municipalities_and_its_province()
    {
        var page = await client.GetDocumentAsync("/gebieden/GG3109");
        Assert.Equal("GGD Kennemerland", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("Noord-Holland", page.QuerySelector(".kansrijk-facts")!.TextContent);
        var members = page.QuerySelectorAll("section[aria-labelledby=leden-titel] li a").Select(a => a.TextContent).ToList();
        Assert.Equal(9, members.Count);
        Assert.Contains("Haarlem", members);
    }

    [Fact]
    public async Task A_municipality_page_names_its_province_and_ggd_region()
    {
        var page = await client.GetDocumentAsync("/gebieden/GM0518");
        Assert.Equal("'s-Gravenhage", page.QuerySelector("h1")!.TextContent);
        var facts = page.QuerySelector(".kansrijk-facts")!.TextContent;
        Assert.Contains("Zuid-Holland", facts);
        Assert.Contains("GGD Haaglanden", facts);
        Assert.NotNull(page.QuerySelector("figure#gebied-kaart[data-code=GM0518]"));
    }

    [Theory]
    [InlineData("/gebieden/GM9999")]
    [InlineData("/deze-pagina-bestaat-niet")]
    public async Task Unknown_codes_and_routes_give_a_dutch_404_page(string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await Forms.ParseAsync(response);
        Assert.Equal("Pagina niet gevonden", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("nl", page.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task The_footer_credits_cbs_and_links_the_accessibility_and_privacy_statements()
    {
        var page = await client.GetDocumentAsync("/gebieden");
        var footer = page.QuerySelector("footer")!;
        Assert.Contains("CBS / PDOK", footer.TextContent);
        Assert.NotNull(footer.QuerySelector("a[href='/toegankelijkheid']"));
        Assert.NotNull(footer.QuerySelector("a[href='/privacy']"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/toegankelijkheid")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/privacy")).StatusCode);
    }
}

[Collection(SqliteCollection.Name), Trait(Kinds.Trait, Kinds.Sqlite)]
public sealed class AreaPageSqliteTests(SqliteApp app) : AreaPageTests(app);

[Collection(PostgresCollection.Name), Trait(Kinds.Trait, Kinds.Postgres)]
public sealed class AreaPagePostgresTests(PostgresApp app) : AreaPageTests(app);
