using System.Net;
using System.Text.RegularExpressions;
using Kansrijk.Monitor.Import;
using Kansrijk.Platform.Caching;
using Kansrijk.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kansrijk.Tests.Platform;

/// <summary>Compression, long-lived static files and the output cache of public pages, keyed by the data version in the database.</summary>
public abstract partial class CachingTests(KansrijkFactory app)
{
    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string url, string? encoding = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (encoding is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", encoding);
        }
        return await client.SendAsync(request);
    }

    [Theory]
    [InlineData("/monitor/gebied/GM0392", "br")]
    [InlineData("/monitor/gebied/GM0392", "gzip")]
    [InlineData("/sociale-kaart?q=schulden", "br")]
    [InlineData("/api/v1/areas?type=municipality", "br")]
    [InlineData("/api/v1/areas?type=municipality", "gzip")]
    public async Task Pages_and_api_answers_are_compressed(string url, string encoding)
    {
        using var client = app.NewClient();
        var response = await GetAsync(client, url, encoding);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
        var compressed = (await response.Content.ReadAsByteArrayAsync()).Length;
        var plain = (await (await GetAsync(client, url)).Content.ReadAsByteArrayAsync()).Length;
        Assert.True(compressed * 3 < plain, $"{url}: {compressed} bytes {encoding} against {plain} plain");
    }

    [Fact]
    public async Task The_area_profile_is_under_25_kb_compressed()
    {
        using var client = app.NewClient();
        var response = await GetAsync(client, "/monitor/gebied/GM0392", "br");
        var size = (await response.Content.ReadAsByteArrayAsync()).Length;
        Assert.True(size < 25 * 1024, $"{size} bytes");
    }

    [Fact]
    public async Task Stylesheets_and_scripts_have_fingerprinted_addresses_cached_for_a_year_and_compressed()
    {
        using var client = app.NewClient();
        var html = await (await GetAsync(client, "/monitor/gebied/GM0392")).Content.ReadAsStringAsync();
        var assets = AssetReference().Matches(html).Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.Contains(assets, a => a.Contains("/css/site.", StringComparison.Ordinal));
        Assert.Contains(assets, a => a.Contains("/lib/plot/plot.umd.min.", StringComparison.Ordinal));
        foreach (var asset in assets)
        {
            Assert.Matches(@"\.[a-z0-9]{6,}\.(css|js)$", asset); // fingerprint in the name, no ?v= query
            var response = await GetAsync(client, asset, "br");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
            Assert.Equal(["br"], response.Content.Headers.ContentEncoding);
        }
    }

    [Fact]
    public async Task Map_boundaries_are_json_compressed_and_fingerprinted()
    {
        using var client = app.NewClient();
        var html = await (await GetAsync(client, "/monitor/indicator/L12")).Content.ReadAsStringAsync();
        var url = GeoReference().Match(html).Groups[1].Value;
        Assert.Matches(@"^/geo/gemeente_2025\.[a-z0-9]+\.topojson$", url);
        var response = await GetAsync(client, url, "gzip");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["gzip"], response.Content.Headers.ContentEncoding);
        Assert.Equal("max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task A_public_page_comes_from_the_output_cache_for_visitors_but_never_for_a_logged_in_user()
    {
        using var visitor = app.NewClient();
        await GetAsync(visitor, "/monitor/indicator/L13");
        var second = await GetAsync(visitor, "/monitor/indicator/L13");
        Assert.True(second.Headers.Age is not null, "the second visit should come from the output cache (Age header)");

        using var coordinator = await DemoLogin.AsAsync(app, Kansrijk.Demo.DemoAccounts.Coordinator);
        for (var i = 0; i < 2; i++)
        {
            var mine = await GetAsync(coordinator, "/monitor/indicator/L13");
            Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
            Assert.Null(mine.Headers.Age);
        }
        var start = await GetAsync(coordinator, "/");
        Assert.Null(start.Headers.Age);
        Assert.Contains("Uitloggen", await start.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_import_on_a_second_instance_empties_the_cache_of_the_first()
    {
        await using var second = new KansrijkFactory(app);
        using var visitor = app.NewClient();
        const string url = "/monitor/indicator/LM08";
        await GetAsync(visitor, url);
        var cached = await GetAsync(visitor, url);
        Assert.True(cached.Headers.Age is not null, "the page should be cached before the import");
        Assert.DoesNotContain("2036", await cached.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await using (var scope = second.Scope())
        {
            var csv = "indicator;gebied;periode;teller;noemer;waarde\n" + string.Concat(
                new[] { "GM0392", "GM0363", "GM0394", "GM0518", "GM0599" }.Select(code => $"LM08;{code};2036;120;1000;\n"));
            var result = await scope.ServiceProvider.GetRequiredService<IndicatorImporter>()
                .ImportAsync(new StringReader(csv), "cache.csv", "cachetest", "test");
            Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        }

        // the first instance reads the version again within a second; give it a few
        var seen = false;
        for (var i = 0; i < 50 && !seen; i++)
        {
            var page = await (await GetAsync(visitor, url)).Content.ReadAsStringAsync();
            seen = page.Contains("2036", StringComparison.Ordinal);
            if (!seen)
            {
                await Task.Delay(100);
            }
        }
        Assert.True(seen, "the first instance still serves the page from before the import");
    }

    [Fact]
    public async Task After_an_import_on_one_instance_the_other_fills_its_cache_before_the_first_visitor_comes()
    {
        await using var warm = new KansrijkFactory(app);
        warm.Settings["Kansrijk:Cache:WarmAfterChanges"] = "true";
        warm.Settings["Kansrijk:Cache:VersionCheckMilliseconds"] = "200";
        using var visitor = warm.NewClient();
        // a visitor came by before, so the instance knows the address it is reached at
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(visitor, "/gebieden", "br")).StatusCode);
        var warmer = warm.Services.GetRequiredService<CacheWarmer>();
        await UntilAsync(() => warmer.WarmedVersion >= 0, "the warmer did not start");

        long version;
        await using (var scope = app.Scope())
        {
            var csv = "indicator;gebied;periode;teller;noemer;waarde\n" + string.Concat(
                new[] { "GM0392", "GM0363", "GM0394", "GM0518", "GM0599" }.Select(code => $"LM09;{code};2037;130;1000;\n"));
            var result = await scope.ServiceProvider.GetRequiredService<IndicatorImporter>()
                .ImportAsync(new StringReader(csv), "warm.csv", "warmtest", "test");
            Assert.True(result.Succeeded, string.Join("; ", result.Errors));
            version = await scope.ServiceProvider.GetRequiredService<Kansrijk.Platform.Database.KansrijkDb>()
                .Set<DataVersion>().Select(v => v.Value).SingleAsync();
        }
        await UntilAsync(() => warmer.WarmedVersion >= version, $"the second instance did not warm its cache for data version {version}");
        Assert.True(warmer.LastRun.Pages >= 2 * CacheWarmer.StartPages.Length, $"{warmer.LastRun.Pages} pages warmed");

        // the first visitor of the indicator page after the import, with what Chromium sends: straight from the cache
        var first = await GetAsync(visitor, "/monitor/indicator/LM09", "gzip, deflate, br, zstd");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.True(first.Headers.Age is not null, "the first visit after the import was rendered, not served from the warmed cache");
        Assert.Equal(["br"], first.Content.Headers.ContentEncoding);
        await using var brotli = new System.IO.Compression.BrotliStream(await first.Content.ReadAsStreamAsync(), System.IO.Compression.CompressionMode.Decompress);
        Assert.Contains("2037", await new StreamReader(brotli).ReadToEndAsync(), StringComparison.Ordinal);
        var gzip = await GetAsync(visitor, "/monitor", "gzip");
        Assert.True(gzip.Headers.Age is not null, "the gzip copy of /monitor was not warmed");
    }

    private static async Task UntilAsync(Func<bool> condition, string failure)
    {
        for (var i = 0; i < 300 && !condition(); i++)
        {
            await Task.Delay(100);
        }
        Assert.True(condition(), failure);
    }

    [GeneratedRegex("(?:href|src)=\"(/(?:css|js|lib)/[^\"]+)\"")]
    private static partial Regex AssetReference();

    [GeneratedRegex("&quot;gemeente_2025&quot;:&quot;([^&]+)&quot;|\"gemeente_2025\":\"([^\"]+)\"")]
    private static partial Regex GeoReference();
}

[Collection(SqliteCollection.Name), Trait(Kinds.Trait, Kinds.Sqlite)]
public sealed class SqliteCachingTests(SqliteApp app) : CachingTests(app);

[Collection(PostgresCollection.Name), Trait(Kinds.Trait, Kinds.Postgres)]
public sealed class PostgresCachingTests(PostgresApp app) : CachingTests(app);
