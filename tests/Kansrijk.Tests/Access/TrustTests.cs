using System.Net;
using Kansrijk.Access;
using Kansrijk.Access.AccessLog;
using Kansrijk.CarePaths;
using Kansrijk.Demo;
using Kansrijk.Platform.Database;
using Kansrijk.Tests.Coalitions;
using Kansrijk.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kansrijk.Tests.Access;

/// <summary>The attacker's tests of the one authorization model and the complete access log.</summary>
public abstract class TrustTests(KansrijkFactory app)
{
    private Dictionary<string, string> Facts(string name, string kind, string municipalities, string rhythm = "") => new()
    {
        ["Version"] = DbAsync(db => db.Coalitions.Where(c => c.Name == name).Select(c => c.Version).SingleAsync()).GetAwaiter().GetResult().ToString(),
        ["Name"] = name,
        ["Kind"] = kind,
        ["Municipalities"] = municipalities,
        ["Status"] = "Formed",
        ["StatusSince"] = "2019",
        ["Plan"] = "",
        ["PlanAdoptedOn"] = "",
        ["Coordinators"] = "",
        ["MeetingRhythm"] = rhythm,
    };

    private async Task<T> DbAsync<T>(Func<KansrijkDb, Task<T>> read)
    {
        await using var scope = app.Scope();
        return await read(scope.ServiceProvider.GetRequiredService<KansrijkDb>());
    }

    /// <summary>A coordinator of another municipality, made the way an administrator would.</summary>
    private async Task<HttpClient> CoordinatorOfAsync(string municipality)
    {
        var email = $"coordinator.{municipality.ToLowerInvariant()}.{Guid.NewGuid():N}@example.org";
        await using (var scope = app.Scope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
            var user = new User { UserName = email, Email = email, DisplayName = "Coördinator " + municipality, EmailConfirmed = true };
            var made = await users.CreateAsync(user, "Lange-zin-voor-een-test-2026");
            Assert.True(made.Succeeded, string.Join(" ", made.Errors.Select(e => e.Description)));
            var db = scope.ServiceProvider.GetRequiredService<KansrijkDb>();
            db.RoleAssignments.Add(new RoleAssignment { UserId = user.Id, Role = Role.Coordinator, ScopeType = ScopeType.Municipality, ScopeId = municipality });
            await db.SaveChangesAsync();
        }
        var client = app.NewClient();
        var response = await client.LoginAsync(email, "Lange-zin-voor-een-test-2026");
        Assert.Equal("/", Forms.PathOf(response.Headers.Location));
        return client;
    }

    [Fact]
    public async Task A_coordinator_cannot_widen_her_coalition_to_other_municipalities_and_so_reach_their_questionnaires()
    {
        var haarlem = await CoalitionLookup.LocalOfAsync(app, "GM0392");
        var coordinator = await DemoLogin.AsAsync(app, DemoAccounts.Coordinator);
        var name = await DbAsync(db => db.Coalitions.Where(c => c.Id == haarlem).Select(c => c.Name).SingleAsync());

        var widened = await Forms.ParseAsync(await coordinator.PostFormAsync($"/coalities/{haarlem}/gegevens",
            Facts(name, "Regional", "GM0392, GM0518, GM0363")));
        var error = widened.QuerySelector("#Municipalities-fout")!.TextContent;
        Assert.Contains("waarvoor u zelf coördinator bent", error);
        Assert.Contains("'s-Gravenhage", error); // named, not coded
        Assert.Equal(["GM0392"], await DbAsync(db => db.Coalitions.Where(c => c.Id == haarlem).SelectMany(c => c.Municipalities).Select(m => m.MunicipalityCode).ToListAsync()));
        Assert.True(await DbAsync(db => db.AccessLog.AnyAsync(e => e.Outcome == AccessOutcome.Denied && e.UserName == DemoAccounts.Coordinator.Email
            && e.Details!.Contains("coalitie.gemeenten-wijzigen"))));

        // Den Haag's page has no form for her; she takes a valid token from her own page and posts anyway.
        var denHaagQuestionnaire = await coordinator.PostFormAsync("/coalities/vragenlijst/GM0392/2024", new Dictionary<string, string> { ["Form.Coalition"] = "Yes" },
            action: "/coalities/vragenlijst/GM0518/2024?handler=Draft");
        Assert.Equal("/geen-toegang", Forms.PathOf(denHaagQuestionnaire.Headers.Location));

        // Her own facts, with the same municipalities, she still saves.
        var saved = await coordinator.PostFormAsync($"/coalities/{haarlem}/gegevens", Facts(name, "Local", "GM0392", "elke zes weken"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
    }

    [Fact]
    public async Task An_organisation_is_edited_by_the_coordinators_of_the_municipalities_it_serves_whatever_offers_point_to_it()
    {
        var admin = await DemoLogin.AdministratorAsync(app);
        var made = await admin.PostFormAsync("/zorgpaden/beheer/organisaties/nieuw", new Dictionary<string, string>
        {
            ["Name"] = $"Haagse buurtorganisatie {Guid.NewGuid():N}",
            ["Phone"] = "070 123 4567",
            ["Municipalities"] = "GM0518",
        });
        Assert.Equal(HttpStatusCode.Redirect, made.StatusCode);
        var organisationUrl = Forms.PathOf(made.Headers.Location);
        var organisationId = organisationUrl.Split('/').Last();

        // Without offers it is not every coordinator's: Haarlem's is refused.
        var haarlem = await DemoLogin.AsAsync(app, DemoAccounts.Coordinator);
        Assert.Equal("/geen-toegang", Forms.PathOf((await haarlem.GetAsync(organisationUrl)).Headers.Location));
        var notHers = await Forms.ParseAsync(await haarlem.PostFormAsync("/zorgpaden/beheer/organisaties/nieuw",
            new Dictionary<string, string> { ["Name"] = "Organisatie elders", ["Municipalities"] = "GM0518" }));
        Assert.Contains("'s-Gravenhage", notHers.QuerySelector("#Municipalities-fout")!.TextContent);

        // Haarlem attaches a Haarlem offer to it; Den Haag's coordinator can still edit her organisation.
        var offer = await haarlem.PostFormAsync("/zorgpaden/beheer/aanbod/nieuw", new Dictionary<string, string>
        {
            ["OrganisationId"] = organisationId,
            ["Name"] = "Spreekuur in Haarlem",
            ["Description"] = "Eén keer per week in Haarlem.",
            ["Themes"] = "financien-en-schulden",
            ["Access"] = nameof(OfferAccess.SelfReferral),
            ["Insurance"] = nameof(InsuranceCriterion.Any),
            ["Municipalities"] = "GM0392",
        });
        Assert.Equal(HttpStatusCode.Redirect, offer.StatusCode);
        var denHaag = await CoordinatorOfAsync("GM0518");
        Assert.Equal(HttpStatusCode.OK, (await denHaag.GetAsync(organisationUrl)).StatusCode);
        // …and may not hand it to Amsterdam.
        var widened = await Forms.ParseAsync(await denHaag.PostFormAsync(organisationUrl, new Dictionary<string, string>
        {
            ["Name"] = "Haagse buurtorganisatie",
            ["Phone"] = "070 123 4567",
            ["Municipalities"] = "GM0518, GM0363",
        }));
        Assert.Contains("Amsterdam", widened.QuerySelector("#Municipalities-fout")!.TextContent);
    }

    [Fact]
    public async Task A_change_and_its_log_row_are_written_together_or_not_at_all()
    {
        var haarlem = await CoalitionLookup.LocalOfAsync(app, "GM0392");
        var coordinator = await DemoLogin.AsAsync(app, DemoAccounts.Coordinator);
        var name = await DbAsync(db => db.Coalitions.Where(c => c.Id == haarlem).Select(c => c.Name).SingleAsync());
        var rhythm = $"om de {Random.Shared.Next(2, 9)} weken ({Guid.NewGuid():N})";
        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.PostFormAsync($"/coalities/{haarlem}/gegevens", Facts(name, "Local", "GM0392", rhythm))).StatusCode);
        var row = await DbAsync(db => db.AccessLog.SingleAsync(e => e.ObjectType == "Coalition" && e.Details!.Contains(rhythm)));
        Assert.Equal(AccessAction.Update, row.Action);
        Assert.Equal(haarlem.ToString(), row.ObjectId);
        Assert.Equal(DemoAccounts.Coordinator.Email, row.UserName);
        Assert.Contains("GM0392", row.Role);
        Assert.Contains("MeetingRhythm", row.Details);
        Assert.False(string.IsNullOrEmpty(row.SourceAddress));

        // A transaction that is rolled back leaves neither the change nor its row.
        var marker = $"teruggedraaid {Guid.NewGuid():N}";
        await using (var scope = app.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KansrijkDb>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            var coalition = await db.Coalitions.SingleAsync(c => c.Id == haarlem);
            coalition.MeetingRhythm = marker;
            await db.SaveChangesAsync();
            Assert.True(await db.AccessLog.AnyAsync(e => e.Details!.Contains(marker)));
            await transaction.RollbackAsync();
        }
        Assert.False(await DbAsync(db => db.AccessLog.AnyAsync(e => e.Details!.Contains(marker))));
        Assert.False(await DbAsync(db => db.Coalitions.AnyAsync(c => c.MeetingRhythm == marker)));
    }

    [Fact]
    public async Task The_second_of_two_saves_from_the_same_version_is_refused_and_keeps_what_was_typed()
    {
        var haarlem = await CoalitionLookup.LocalOfAsync(app, "GM0392");
        var url = $"/coalities/{haarlem}/gegevens";
        var first = await DemoLogin.AsAsync(app, DemoAccounts.Coordinator);
        var second = await DemoLogin.AsAsync(app, DemoAccounts.Coordinator);
        async Task<Dictionary<string, string>> OpenAsync(HttpClient client)
        {
            var page = await client.GetDocumentAsync(url);
            return page.QuerySelectorAll("main form[method=post] input[name], main form[method=post] select[name]")
                .ToDictionary(e => e.GetAttribute("name")!, e => e is AngleSharp.Html.Dom.IHtmlSelectElement select ? select.Value ?? "" : e.GetAttribute("value") ?? "");
        }
        var seenByFirst = await OpenAsync(first);
        var seenBySecond = await OpenAsync(second);

        seenByFirst["MeetingRhythm"] = "eerste: elke maand";
        Assert.Equal(HttpStatusCode.Redirect, (await first.PostAsync(url, new FormUrlEncodedContent(seenByFirst))).StatusCode);

        seenBySecond["MeetingRhythm"] = "tweede: elke week";
        var refused = await Forms.ParseAsync(await second.PostAsync(url, new FormUrlEncodedContent(seenBySecond)));
        Assert.Contains("Iemand anders heeft dit intussen gewijzigd", refused.QuerySelector("#foutoverzicht")!.TextContent);
        Assert.Equal("tweede: elke week", refused.QuerySelector("input#MeetingRhythm")!.GetAttribute("value"));
        Assert.Equal("eerste: elke maand", await DbAsync(db => db.Coalitions.Where(c => c.Id == haarlem).Select(c => c.MeetingRhythm).SingleAsync()));

        // Having seen the message, she saves again on purpose: now it counts.
        var again = refused.QuerySelectorAll("main form[method=post] input[name]").ToDictionary(e => e.GetAttribute("name")!, e => e.GetAttribute("value") ?? "");
        foreach (var (key, value) in seenBySecond.Where(kv => !again.ContainsKey(kv.Key) || kv.Key == "MeetingRhythm")) again[key] = value;
        Assert.Equal(HttpStatusCode.Redirect, (await second.PostAsync(url, new FormUrlEncodedContent(again))).StatusCode);
        Assert.Equal("tweede: elke week", await DbAsync(db => db.Coalitions.Where(c => c.Id == haarlem).Select(c => c.MeetingRhythm).SingleAsync()));
    }

    [Fact]
    public async Task Secrets_are_named_in_the_log_but_never_written_into_it()
    {
        var admin = await DemoLogin.AdministratorAsync(app);
        var email = $"nieuw.{Guid.NewGuid():N}@example.org";
        await admin.PostFormAsync("/beheer/gebruikers/nieuw", new Dictionary<string, string>
        {
            ["Email"] = email,
            ["DisplayName"] = "Nieuwe Gebruiker",
            ["Password"] = "Een-heel-lang-Wachtwoord-2026",
            ["Role"] = "Analyst",
            ["ScopeType"] = "None",
            ["ScopeId"] = "",
        });
        var user = await DbAsync(db => db.Users.SingleOrDefaultAsync(u => u.Email == email));
        Assert.NotNull(user);
        var rows = await DbAsync(db => db.AccessLog.Where(e => e.ObjectType == "User" && e.ObjectId == user!.Id).ToListAsync());
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.DoesNotContain(user!.PasswordHash!, r.Details ?? ""));
        Assert.Contains(rows, r => r.Details!.Contains("PasswordHash gezet"));
    }

    [Fact]
    public async Task A_cross_site_form_post_to_the_api_with_the_sign_in_cookie_is_refused()
    {
        var haarlem = await CoalitionLookup.LocalOfAsync(app, "GM0392");
        var coordinator = app.NewClient();
        await coordinator.LoginAsync(DemoAccounts.Coordinator.Email, DemoAccounts.Password);
        var before = await DbAsync(db => db.Offers.CountAsync());
        // What a form on another site can send: the browser adds the cookie, but no X-CSRF-TOKEN header.
        var import = await coordinator.PostAsync("/api/v1/social-map-imports", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["organisatie;aanbod;beschrijving;themas;toegang;verzekering;gemeenten"] = "X;Y;Z;financien-en-schulden;zelf;beide;GM0392",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, import.StatusCode);
        Assert.Contains("X-CSRF-TOKEN", await import.Content.ReadAsStringAsync());
        var budget = await coordinator.PostAsync($"/api/v1/coalitions/{haarlem}/budget-lines",
            new StringContent("""{"year":"2025","source":"MunicipalBudget","amount":"1000"}""", System.Text.Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.BadRequest, budget.StatusCode);
        Assert.Equal(before, await DbAsync(db => db.Offers.CountAsync()));

        // The same client with the token from one of Kansrijk's own forms may write.
        await coordinator.WithApiTokenAsync();
        var allowed = await coordinator.PostAsync($"/api/v1/coalitions/{haarlem}/budget-lines",
            new StringContent("""{"year":"2025","source":"MunicipalBudget","amount":"1000"}""", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, allowed.StatusCode);
    }

    [Fact]
    public async Task Each_csv_export_neutralises_formula_cells()
    {
        // The user name of a failed login is the attacker's text; it reaches the access log and its export.
        await app.NewClient().LoginAsync("=HYPERLINK(\"http://evil.example\")", "wachtwoord");
        var admin = await DemoLogin.AdministratorAsync(app);
        var csv = await admin.GetStringAsync("/beheer/toegangslog?handler=Csv&Actie=Login");
        Assert.Contains("'=HYPERLINK(", csv);
        Assert.DoesNotContain(";=HYPERLINK(", csv);
        Assert.True(await DbAsync(db => db.AccessLog.AnyAsync(e => e.Action == AccessAction.Export && e.ObjectType == "Toegangslog")));
    }
}

[Trait(Kinds.Trait, Kinds.Sqlite)]
[Collection(SqliteCollection.Name)]
public sealed class TrustSqliteTests(SqliteApp app) : TrustTests(app);

[Trait(Kinds.Trait, Kinds.Postgres)]
[Collection(PostgresCollection.Name)]
public sealed class TrustPostgresTests(PostgresApp app) : TrustTests(app);
