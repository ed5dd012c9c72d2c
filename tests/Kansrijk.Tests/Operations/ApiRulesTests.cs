using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kansrijk.Tests.Infrastructure;

namespace Kansrijk.Tests.Operations;

/// <summary>The API by the NL API Design Rules: /api/v1, API-Version, no trailing slash, HEAD, CORS, paging, the OpenAPI document.</summary>
public abstract class ApiRulesTests(KansrijkFactory app)
{
    private readonly HttpClient client = app.NewClient();

    [Fact]
    public async Task Every_api_answer_carries_the_version_header_errors_too()
    {
        var ok = await client.GetAsync("/api/v1/areas/GM0392");
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal("1.0.0", ok.Headers.GetValues("API-Version").Single());
        var missing = await client.GetAsync("/api/v1/areas/GM9999");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("1.0.0", missing.Headers.GetValues("API-Version").Single());
        var unknown = await client.GetAsync("/api/v1/bestaat-niet");
        Assert.Equal("1.0.0", unknown.Headers.GetValues("API-Version").Single());
    }

    [Theory]
    [InlineData("/api/v1/areas/")]
    [InlineData("/api/v1/areas/GM0392/")]
    [InlineData("/api/v1/coalitions/")]
    public async Task A_trailing_slash_is_not_found_as_problem_json(string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/api/v1/areas/GM0392")]
    [InlineData("/api/v1/areas?type=province")]
    [InlineData("/api/v1/monitor/indicators")]
    [InlineData("/api/v1/coalitions")]
    [InlineData("/api/v1/openapi.json")]
    public async Task Head_answers_where_get_does_without_a_body(string url)
    {
        var get = await client.GetAsync(url);
        var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        Assert.Equal(get.Content.Headers.ContentType?.MediaType, head.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Public_gets_may_be_read_from_any_origin()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/areas/GM0392");
        request.Headers.Add("Origin", "https://andere-site.example");
        var response = await client.SendAsync(request);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.False(response.Headers.Contains("Access-Control-Allow-Credentials"));

        var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/v1/monitor/indicators");
        preflight.Headers.Add("Origin", "https://andere-site.example");
        preflight.Headers.Add("Access-Control-Request-Method", "GET");
        var allowed = await client.SendAsync(preflight);
        Assert.Equal("*", allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Theory]
    [InlineData("/api/v1/monitor/imports")]
    [InlineData("/api/v1/social-map-imports")]
    public async Task Writes_get_no_cors_permission(string url)
    {
        var preflight = new HttpRequestMessage(HttpMethod.Options, url);
        preflight.Headers.Add("Origin", "https://andere-site.example");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "content-type");
        var response = await client.SendAsync(preflight);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.False(response.Headers.Contains("Access-Control-Allow-Methods"));

        var post = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent("a,b\n", System.Text.Encoding.UTF8, "text/csv") };
        post.Headers.Add("Origin", "https://andere-site.example");
        var answer = await client.SendAsync(post);
        Assert.False(answer.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Pages_are_the_whole_list_in_order_with_next_links()
    {
        var whole = await client.GetAllItemsAsync("/api/v1/areas?pageSize=500");
        Assert.Equal(342 + 12 + 25 + 1, whole.Count);

        var first = await client.GetFromJsonAsync<JsonElement>("/api/v1/areas?pageSize=150");
        Assert.Equal(150, first.GetProperty("items").GetArrayLength());
        Assert.Equal(1, first.GetProperty("page").GetInt32());
        Assert.Equal(150, first.GetProperty("pageSize").GetInt32());
        Assert.Equal(whole.Count, first.GetProperty("total").GetInt32());
        var next = first.GetProperty("links").GetProperty("next").GetProperty("href").GetString()!;
        Assert.StartsWith("/api/v1/areas?", next);
        var third = await client.GetFromJsonAsync<JsonElement>(first.GetProperty("links").GetProperty("self").GetProperty("href").GetString()!.Replace("page=1", "page=3"));
        Assert.Equal(whole.Count - 300, third.GetProperty("items").GetArrayLength());
        Assert.False(third.GetProperty("links").TryGetProperty("next", out var none) && none.ValueKind == JsonValueKind.Object, "the last page has no next link");

        var paged = await client.GetAllItemsAsync("/api/v1/areas?pageSize=150");
        Assert.Equal(whole.Select(a => a.GetProperty("code").GetString()), paged.Select(a => a.GetProperty("code").GetString()));
    }

    [Fact]
    public async Task Monitor_values_are_paged_with_a_maximum_page_size()
    {
        var first = await client.GetFromJsonAsync<JsonElement>("/api/v1/monitor/values?indicator=L12&pageSize=10");
        Assert.Equal(10, first.GetProperty("items").GetArrayLength());
        Assert.True(first.GetProperty("total").GetInt32() > 10);
        var next = first.GetProperty("links").GetProperty("next").GetProperty("href").GetString()!;
        Assert.Contains("indicator=L12", next);
        Assert.Contains("page=2", next);
        var all = await client.GetAllItemsAsync("/api/v1/monitor/values?indicator=L12&pageSize=1000");
        Assert.Equal(first.GetProperty("total").GetInt32(), all.Count);

        var tooBig = await client.GetAsync("/api/v1/monitor/values?indicator=L12&pageSize=1001");
        Assert.Equal(HttpStatusCode.BadRequest, tooBig.StatusCode);
        Assert.Equal("application/problem+json", tooBig.Content.Headers.ContentType?.MediaType);
        var byDefault = await client.GetFromJsonAsync<JsonElement>("/api/v1/monitor/values?indicator=L12");
        Assert.True(byDefault.GetProperty("items").GetArrayLength() <= 500);
    }

    [Theory]
    [InlineData("/api/v1/areas?pageSize=0")]
    [InlineData("/api/v1/areas?pageSize=501")]
    [InlineData("/api/v1/areas?page=0")]
    [InlineData("/api/v1/coalitions?pageSize=501")]
    [InlineData("/api/v1/monitor/indicators?page=-1")]
    [InlineData("/api/v1/offers?pageSize=26")]
    public async Task Pages_out_of_range_are_a_problem(string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_openapi_document_is_complete()
    {
        var response = await client.GetAsync("/api/v1/openapi.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var info = document.GetProperty("info");
        Assert.Matches(@"^\d+\.\d+\.\d+$", info.GetProperty("version").GetString());
        Assert.False(string.IsNullOrWhiteSpace(info.GetProperty("description").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(info.GetProperty("contact").GetProperty("email").GetString()));
        var server = document.GetProperty("servers")[0].GetProperty("url").GetString()!;
        Assert.Matches("^https://.+/api/v1$", server);
        Assert.True(document.GetProperty("components").GetProperty("securitySchemes").TryGetProperty("sessie", out _));

        var paths = document.GetProperty("paths");
        var names = paths.EnumerateObject().Select(p => p.Name).ToList();
        foreach (var expected in new[] { "/areas", "/areas/{code}", "/monitor/indicators", "/monitor/values", "/monitor/imports", "/coalitions",
            "/coalitions/{id}", "/coalitions/{id}/budget-lines", "/care-paths", "/offers", "/social-maps/{municipality}", "/social-map-imports" })
        {
            Assert.Contains(expected, names);
        }
        Assert.All(names, n => Assert.Matches(@"^(/([a-z0-9]+(-[a-z0-9]+)*|\{[a-z][a-zA-Z0-9]*\}))+$", n));

        foreach (var path in paths.EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                var responses = operation.Value.GetProperty("responses");
                Assert.True(responses.TryGetProperty("500", out _), $"{operation.Name} {path.Name} has no 500");
                foreach (var answer in responses.EnumerateObject())
                {
                    var resolved = answer.Value;
                    Assert.True(resolved.GetProperty("headers").TryGetProperty("API-Version", out _), $"{operation.Name} {path.Name} {answer.Name} lacks API-Version");
                    if (answer.Name[0] is '4' or '5' && resolved.TryGetProperty("content", out var content))
                    {
                        Assert.True(content.TryGetProperty("application/problem+json", out _), $"{operation.Name} {path.Name} {answer.Name} is not problem+json");
                    }
                }
            }
        }
        var import = paths.GetProperty("/monitor/imports").GetProperty("post");
        Assert.True(import.GetProperty("requestBody").GetProperty("content").TryGetProperty("text/csv", out _));
        Assert.Equal(JsonValueKind.Array, import.GetProperty("security").ValueKind);
        Assert.True(import.GetProperty("responses").TryGetProperty("401", out _));
        var socialImport = paths.GetProperty("/social-map-imports").GetProperty("post");
        Assert.True(socialImport.GetProperty("requestBody").GetProperty("content").TryGetProperty("application/json", out _));
        var values = paths.GetProperty("/monitor/values").GetProperty("get").GetProperty("parameters").EnumerateArray()
            .ToDictionary(p => p.GetProperty("name").GetString()!, p => p);
        Assert.Contains("pageSize", values.Keys);
        Assert.Equal("query", values["pageSize"].GetProperty("in").GetString());
    }

    [Fact]
    public async Task The_version_is_in_the_footer()
    {
        var page = await client.GetDocumentAsync("/");
        Assert.Contains($"versie {Kansrijk.Platform.Web.HealthEndpoint.Version}", page.QuerySelector("footer")!.TextContent);
        Assert.Matches(@"^\d+\.\d+\.\d+$", Kansrijk.Platform.Web.HealthEndpoint.Version);
    }

    [Fact]
    public async Task The_interactive_documentation_is_served()
    {
        var redirect = await client.GetAsync("/api/v1/docs");
        Assert.Equal("docs/", redirect.Headers.Location?.OriginalString);
        var response = await client.GetAsync("/api/v1/docs/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("'unsafe-inline'", string.Join(";", response.Headers.GetValues("Content-Security-Policy")));
        Assert.Contains("api/v1/openapi.json", await response.Content.ReadAsStringAsync());
        // Only that page: the others keep script-src 'self'.
        var other = await client.GetAsync("/api/v1/areas/GM0392");
        Assert.DoesNotContain("'unsafe-inline'", string.Join(";", other.Headers.GetValues("Content-Security-Policy")).Split("style-src")[0]);
    }
}

[Collection(SqliteCollection.Name), Trait(Kinds.Trait, Kinds.Sqlite)]
public sealed class ApiRulesSqliteTests(SqliteApp app) : ApiRulesTests(app);

[Collection(PostgresCollection.Name), Trait(Kinds.Trait, Kinds.Postgres)]
public sealed class ApiRulesPostgresTests(PostgresApp app) : ApiRulesTests(app);
