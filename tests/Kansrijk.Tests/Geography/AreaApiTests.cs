using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kansrijk.Tests.Infrastructure;

namespace Kansrijk.Tests.Geography;

public abstract class AreaApiTests(KansrijkFactory app)
{
    private readonly HttpClient client = app.NewClient();

    [Theory]
    [InlineData("municipality", 342)]
    [InlineData("province", 12)]
    [InlineData("ggdregion", 25)]
    [InlineData("country", 1)]
    public async Task Areas_are_listed_by_type(string type, int expected)
    {
        var areas = await client.GetAllItemsAsync($"/api/v1/areas?type={type}");
        Assert.Equal(expected, areas!.Count);
        Assert.All(areas, a => Assert.Equal(type, a.GetProperty("type").GetString()));
    }

    [Fact]
    public async Task An_area_has_code_name_type_province_and_ggd_region()
    {
        var haarlem = await client.GetFromJsonAsync<JsonElement>("/api/v1/areas/gm0392");
        Assert.Equal("GM0392", haarlem.GetProperty("code").GetString());
        Assert.Equal("Haarlem", haarlem.GetProperty("name").GetString());
        Assert.Equal("municipality", haarlem.GetProperty("type").GetString());
        Assert.Equal("PV27", haarlem.GetProperty("provinceCode").GetString());
        Assert.Equal("GG3109", haarlem.GetProperty("ggdRegionCode").GetString());
    }

    [Fact]
    public async Task An_unknown_code_gives_a_dutch_problem_json_404()
    {
        var response = await client.GetAsync("/api/v1/areas/GM9999");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Gebied niet gevonden", problem.GetProperty("title").GetString());
        Assert.Contains("GM9999", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task An_unknown_api_route_gives_problem_json_not_a_page()
    {
        var response = await client.GetAsync("/api/v1/bestaat-niet");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_unknown_type_is_refused_with_a_dutch_reason()
    {
        var response = await client.GetAsync("/api/v1/areas?type=wijk");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("bestaat niet", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Search_ignores_accents_and_case()
    {
        var found = await client.GetAllItemsAsync("/api/v1/areas?q=SUDWEST");
        Assert.Contains(found!, a => a.GetProperty("name").GetString() == "Súdwest-Fryslân");
    }
}

[Collection(SqliteCollection.Name), Trait(Kinds.Trait, Kinds.Sqlite)]
public sealed class AreaApiSqliteTests(SqliteApp app) : AreaApiTests(app);

[Collection(PostgresCollection.Name), Trait(Kinds.Trait, Kinds.Postgres)]
public sealed class AreaApiPostgresTests(PostgresApp app) : AreaApiTests(app);
