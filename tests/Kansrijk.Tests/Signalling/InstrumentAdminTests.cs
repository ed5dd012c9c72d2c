using System.Net;
using System.Text;
using Kansrijk.Access.AccessLog;
using Kansrijk.Access.Authorization;
using Kansrijk.Demo;
using Kansrijk.Platform.Database;
using Kansrijk.Signalling.Instruments;
using Kansrijk.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kansrijk.Tests.Signalling;

/// <summary>"/beheer/instrumenten" on both databases: only the administrator; import all or nothing, export, publish once.</summary>
public abstract class InstrumentAdminTests(KansrijkFactory app)
{
    private const string Page = "/beheer/instrumenten";

    private static string NewKey() => "test-" + Guid.NewGuid().ToString("N")[..12];

    private static async Task<HttpResponseMessage> ImportAsync(HttpClient client, string json, string tokenPage = Page)
    {
        var content = new MultipartFormDataContent
        {
            { new StringContent(await client.TokenAsync(tokenPage)), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(json)), "file", "instrument.json" },
        };
        return await client.PostAsync(Page + "?handler=Import", content);
    }

    private static async Task<HttpResponseMessage> PublishAsync(HttpClient client, int versionId, bool confirmed)
    {
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await client.TokenAsync(Page),
            ["versionId"] = versionId.ToString(),
        };
        if (confirmed) fields["confirmed"] = "true";
        return await client.PostAsync(Page + "?handler=Publish", new FormUrlEncodedContent(fields));
    }

    private async Task<InstrumentVersion?> VersionAsync(string key)
    {
        await using var scope = app.Scope();
        return await scope.ServiceProvider.GetRequiredService<KansrijkDb>().InstrumentVersions.AsNoTracking()
            .SingleOrDefaultAsync(v => v.Instrument!.Key == key);
    }

    [Fact]
    public async Task The_administrator_imports_exports_and_publishes_once_after_confirming()
    {
        var admin = await DemoLogin.AdministratorAsync(app);
        var key = NewKey();

        var imported = await ImportAsync(admin, TestInstrument.Json(1, key));
        Assert.True(imported.StatusCode == HttpStatusCode.Redirect, await imported.Content.ReadAsStringAsync());
        var version = await VersionAsync(key);
        Assert.Equal(InstrumentStatus.Concept, version!.Status);
        Assert.Contains("Concept", await admin.GetStringAsync(Page));

        var export = await admin.GetAsync($"{Page}?handler=Export&versionId={version.Id}");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("application/json", export.Content.Headers.ContentType!.MediaType);
        Assert.Contains($"\"{key}\"", await export.Content.ReadAsStringAsync());
        Assert.Equal($"{key}-versie-1.json", export.Content.Headers.ContentDisposition!.FileNameStar ?? export.Content.Headers.ContentDisposition.FileName);

        // Without the confirmation nothing is published, and the page says why.
        var unconfirmed = await PublishAsync(admin, version.Id, confirmed: false);
        Assert.Equal(HttpStatusCode.OK, unconfirmed.StatusCode);
        Assert.Contains("Vink aan", await unconfirmed.Content.ReadAsStringAsync());
        Assert.Equal(InstrumentStatus.Concept, (await VersionAsync(key))!.Status);

        Assert.Equal(HttpStatusCode.Redirect, (await PublishAsync(admin, version.Id, confirmed: true)).StatusCode);
        Assert.Equal(InstrumentStatus.Published, (await VersionAsync(key))!.Status);

        var twice = await PublishAsync(admin, version.Id, confirmed: true);
        Assert.Equal(HttpStatusCode.OK, twice.StatusCode);
        Assert.Contains("al gepubliceerd", await twice.Content.ReadAsStringAsync());

        var over = await ImportAsync(admin, TestInstrument.Json(1, key).Replace("Testvragenlijst", "Overschreven"));
        Assert.Equal(HttpStatusCode.OK, over.StatusCode);
        var html = await over.Content.ReadAsStringAsync();
        Assert.Contains("foutoverzicht", html);
        Assert.Contains("is al gepubliceerd en kan niet meer veranderen", html);
        Assert.NotEqual("Overschreven", (await VersionAsync(key))!.Name);
    }

    [Fact]
    public async Task A_file_with_an_error_saves_nothing_and_the_summary_names_the_place()
    {
        var admin = await DemoLogin.AdministratorAsync(app);
        var key = NewKey();
        var broken = TestInstrument.Json(1, key).Replace("\"nl\": \"Heeft u schulden?\", ", "");

        var response = await ImportAsync(admin, broken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Forms.ParseAsync(response);
        var summary = page.QuerySelector("#foutoverzicht")!.TextContent;
        Assert.Contains("Niets geïmporteerd", summary);
        Assert.Contains("\"geld-schulden\"", summary);
        Assert.Equal("#file", page.QuerySelector("#foutoverzicht a")!.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("#importfouten li"));
        Assert.Null(await VersionAsync(key));

        var empty = await ImportAsync(admin, "");
        Assert.Contains("Kies een JSON-bestand", await empty.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Coordinator_analyst_and_professional_are_refused_and_each_refusal_is_logged()
    {
        var started = DateTime.UtcNow.AddSeconds(-1);
        foreach (var account in new[] { DemoAccounts.Coordinator, DemoAccounts.Analyst, DemoAccounts.Professional })
        {
            var client = await DemoLogin.AsAsync(app, account);
            var get = await client.GetAsync(Page);
            Assert.Equal(HttpStatusCode.Redirect, get.StatusCode);
            Assert.Equal("/geen-toegang", Forms.PathOf(get.Headers.Location));
            var export = await client.GetAsync(Page + "?handler=Export&versionId=1");
            Assert.Equal("/geen-toegang", Forms.PathOf(export.Headers.Location));
            var token = await client.TokenAsync("/");
            var publish = await client.PostAsync(Page + "?handler=Publish", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
                ["versionId"] = "1",
                ["confirmed"] = "true",
            }));
            Assert.Equal("/geen-toegang", Forms.PathOf(publish.Headers.Location));
            var import = await ImportAsync(client, TestInstrument.Json(1, NewKey()), tokenPage: "/");
            Assert.Equal("/geen-toegang", Forms.PathOf(import.Headers.Location));
        }

        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<KansrijkDb>();
        foreach (var account in new[] { DemoAccounts.Coordinator, DemoAccounts.Analyst, DemoAccounts.Professional })
        {
            var denied = await db.AccessLog.AsNoTracking().CountAsync(e => e.UserName == account.Email && e.Outcome == AccessOutcome.Denied
                && e.ObjectType == Permissions.Names.InstrumentManage && e.OccurredAt >= started);
            Assert.True(denied >= 4, $"{account.Email}: {denied} refusals logged");
        }
    }
}

[Collection(SqliteCollection.Name)]
[Trait(Kinds.Trait, Kinds.Sqlite)]
public sealed class InstrumentAdminSqliteTests(SqliteApp app) : InstrumentAdminTests(app);

[Collection(PostgresCollection.Name)]
[Trait(Kinds.Trait, Kinds.Postgres)]
public sealed class InstrumentAdminPostgresTests(PostgresApp app) : InstrumentAdminTests(app);
