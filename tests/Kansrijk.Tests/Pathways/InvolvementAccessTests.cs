using System.Net;
using System.Text;
using Kansrijk.Access;
using Kansrijk.Access.AccessLog;
using Kansrijk.Demo;
using Kansrijk.Pathways;
using Kansrijk.Platform.Database;
using Kansrijk.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kansrijk.Tests.Pathways;

/// <summary>
/// Involvement registration and matching without content, break-the-glass with the privacy officer, correction and
/// deletion on request, and the attacker's side of each: an uninvolved organisation, other roles, an expired access.
/// </summary>
public abstract class InvolvementAccessTests(KansrijkFactory app)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);
    private static readonly string Birth = Today.AddYears(-25).ToString("yyyy-MM-dd");
    private static readonly string Due = Today.AddDays(120).ToString("yyyy-MM-dd");

    private static string NewName(string first) => $"{first} Test{TestNames.Letters()}";

    private static async Task<int> OpenAsync(HttpClient midwife, string name)
    {
        var response = await midwife.PostFormAsync("/trajecten/nieuw", new Dictionary<string, string>
        {
            ["Name"] = name,
            ["BirthDate"] = Birth,
            ["Phone"] = "06 9876 5432",
            ["MunicipalityCode"] = "GM0518",
            ["Postcode"] = "2525",
            ["DueDate"] = Due,
        });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return int.Parse(Forms.PathOf(response.Headers.Location).Split('/').Last());
    }

    private static async Task<HttpResponseMessage> RegisterAsync(HttpClient client, string name) =>
        await client.PostFormAsync("/trajecten/betrokkenheid", new Dictionary<string, string>
        {
            ["Name"] = name,
            ["BirthDate"] = Birth,
            ["DueDate"] = Due,
            ["MunicipalityCode"] = "GM0392",
        });

    private static int IdOf(HttpResponseMessage redirect) => int.Parse(Forms.PathOf(redirect.Headers.Location).Split('/').Last());

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, Dictionary<string, string>? fields = null)
    {
        fields ??= [];
        fields["__RequestVerificationToken"] = await client.TokenAsync("/");
        return await client.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    private static void AssertRefused(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True(Forms.PathOf(response.Headers.Location) is "/geen-toegang" or "/inloggen", $"{response.RequestMessage?.RequestUri}: {response.Headers.Location}");
    }

    private async Task<T> DbAsync<T>(Func<KansrijkDb, Task<T>> query)
    {
        await using var scope = app.Scope();
        return await query(scope.ServiceProvider.GetRequiredService<KansrijkDb>());
    }

    /// <summary>A privacy officer of the midwife's practice, made for the test (the demo has one for the JGZ only).</summary>
    private async Task<HttpClient> PracticePrivacyOfficerAsync()
    {
        var email = "privacy.praktijk@example.org";
        await using (var scope = app.Scope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
            var db = scope.ServiceProvider.GetRequiredService<KansrijkDb>();
            if (await users.FindByEmailAsync(email) is null)
            {
                var user = new User { UserName = email, Email = email, DisplayName = "Praktijk Privacy", EmailConfirmed = true };
                Assert.True((await users.CreateAsync(user, DemoAccounts.Password)).Succeeded);
                var practice = await db.Organisations.Where(o => o.Name == PathwayDemoData.MidwifePractice).Select(o => o.Id).SingleAsync();
                db.RoleAssignments.Add(new RoleAssignment { UserId = user.Id, Role = Role.PrivacyOfficer, ScopeType = ScopeType.Organisation, ScopeId = practice.ToString() });
                await db.SaveChangesAsync();
            }
        }
        return await DemoLogin.AsAsync(app, new DemoAccounts.Account(email, "Praktijk Privacy", Role.PrivacyOfficer, ScopeType.None, null));
    }

    [Fact]
    public async Task A_second_organisation_registering_the_same_woman_gives_both_a_contact_point_and_nothing_else()
    {
        var midwife = await DemoLogin.AsAsync(app, DemoAccounts.Professional);
        var nurse = await DemoLogin.AsAsync(app, DemoAccounts.JgzNurse);
        var name = NewName("Roos");
        var midwifes = await OpenAsync(midwife, name);

        // Typed differently (capitals, spaces): the keyed hash still finds her; there is no search box.
        var registered = await RegisterAsync(nurse, "  " + name.ToUpperInvariant() + " ");
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        var nurses = IdOf(registered);
        Assert.NotEqual(midwifes, nurses);

        var nursePage = WebUtility.HtmlDecode(await nurse.GetStringAsync($"/trajecten/{nurses}"));
        Assert.Contains($"Ook betrokken: {PathwayDemoData.MidwifePractice}", nursePage);
        Assert.Contains("070 000 0101", nursePage); // the practice's contact point
        Assert.DoesNotContain("06 9876 5432", nursePage); // never the other's content
        Assert.DoesNotContain("2525", nursePage);
        var midwifePage = WebUtility.HtmlDecode(await midwife.GetStringAsync($"/trajecten/{midwifes}"));
        Assert.Contains($"Ook betrokken: {PathwayDemoData.Jgz}", midwifePage);
        Assert.Contains("023 000 0101", midwifePage);
        Assert.Contains(PathwayDemoData.Jgz, WebUtility.HtmlDecode(await midwife.GetStringAsync("/trajecten")));

        // A match opens nothing: the nurse is still refused on the midwife's pathway.
        AssertRefused(await nurse.GetAsync($"/trajecten/{midwifes}"));

        // Registering again renews, no second pathway or match.
        var again = await RegisterAsync(nurse, name);
        Assert.Equal(nurses, IdOf(again));
        Assert.Contains("verlengd", again.Headers.Location!.ToString());
        Assert.Equal(1, await DbAsync(db => db.Set<InvolvementMatch>().CountAsync(m => m.PathwayId == nurses || m.OtherPathwayId == nurses)));

        // The match row holds ids only; the access log never has her name.
        var key = midwifes.ToString();
        var logged = await DbAsync(db => db.AccessLog.AsNoTracking().Where(e => e.ClientId == key || e.ClientId == nurses.ToString()).Select(e => e.Details ?? "").ToListAsync());
        Assert.All(logged, d => Assert.DoesNotContain(name, d, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Ended_or_lapsed_involvement_loses_access_and_the_match_goes()
    {
        var midwife = await DemoLogin.AsAsync(app, DemoAccounts.Professional);
        var nurse = await DemoLogin.AsAsync(app, DemoAccounts.JgzNurse);
        var name = NewName("Jade");
        var midwifes = await OpenAsync(midwife, name);
        var nurses = IdOf(await RegisterAsync(nurse, name));

        // Without ticking the box nothing ends.
        await PostAsync(nurse, $"/trajecten/{nurses}/betrokkenheid?handler=End");
        Assert.Equal(HttpStatusCode.OK, (await nurse.GetAsync($"/trajecten/{nurses}")).StatusCode);
        var ended = await PostAsync(nurse, $"/trajecten/{nurses}/betrokkenheid?handler=End", new() { ["confirmed"] = "true" });
        Assert.Equal("/trajecten", Forms.PathOf(ended.Headers.Location));
        AssertRefused(await nurse.GetAsync($"/trajecten/{nurses}"));
        // The contact point goes (the timeline keeps that there was a match).
        var midwifePage = WebUtility.HtmlDecode(await midwife.GetStringAsync($"/trajecten/{midwifes}"));
        Assert.DoesNotContain("023 000 0101", midwifePage);
        Assert.Contains("geen andere organisatie", midwifePage);

        // Twelve months without activity: the scheduler's lapse ends it, and the midwife is refused too.
        await DbAsync(db => db.Set<Involvement>().Where(i => i.PathwayId == midwifes)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.LastActivityAt, DateTime.UtcNow.AddMonths(-13))));
        await using (var scope = app.Scope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<InvolvementLapse>().LapseAsync(CancellationToken.None) >= 1);
        }
        AssertRefused(await midwife.GetAsync($"/trajecten/{midwifes}"));
        Assert.NotNull(await DbAsync(db => db.Set<Involvement>().Where(i => i.PathwayId == midwifes).Select(i => i.EndedAt).SingleAsync()));
    }

    [Fact]
    public async Task Break_the_glass_needs_a_reason_is_flagged_and_only_her_privacy_officer_sees_it()
    {
        var midwife = await DemoLogin.AsAsync(app, DemoAccounts.Professional);
        var nurse = await DemoLogin.AsAsync(app, DemoAccounts.JgzNurse);
        var name = NewName("Eline");
        var pathway = await OpenAsync(midwife, name);
        AssertRefused(await nurse.GetAsync($"/trajecten/{pathway}"));

        // Without a reason: refused with a Dutch message, nothing recorded.
        var empty = await PostAsync(nurse, $"/trajecten/{pathway}/noodtoegang", new() { ["Reason"] = "  " });
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Contains("Schrijf op waarom", WebUtility.HtmlDecode(await empty.Content.ReadAsStringAsync()));
        Assert.False(await DbAsync(db => db.Set<EmergencyAccess>().AnyAsync(e => e.PathwayId == pathway)));

        var reason = "Ze staat hier met hevige buikpijn, ik moet weten wie haar verloskundige is";
        var asked = await PostAsync(nurse, $"/trajecten/{pathway}/noodtoegang", new() { ["Reason"] = reason });
        Assert.Equal($"/trajecten/{pathway}", Forms.PathOf(asked.Headers.Location));
        var page = WebUtility.HtmlDecode(await nurse.GetStringAsync($"/trajecten/{pathway}"));
        Assert.Contains(name, page);
        Assert.Contains("noodtoegang", page);
        // Reading only: no copy, no changes.
        AssertRefused(await nurse.GetAsync($"/trajecten/{pathway}/inzage"));
        AssertRefused(await nurse.GetAsync($"/trajecten/{pathway}/gegevens"));
        AssertRefused(await PostAsync(nurse, $"/trajecten/{pathway}?handler=Consent"));

        var key = pathway.ToString();
        var flagged = await DbAsync(db => db.AccessLog.AsNoTracking()
            .Where(e => e.ClientId == key && e.ObjectType == EmergencyAccessService.LogType && e.UserName == DemoAccounts.JgzNurse.Email).ToListAsync());
        Assert.Contains(flagged, e => e.Action == AccessAction.Read);
        Assert.Contains(flagged, e => e.Action == AccessAction.Create);
        Assert.False(await StoredInPlainTextAsync(reason[..30]), "the reason is in the database in plain text");
        Assert.Contains("Noodtoegang (24 uur)", WebUtility.HtmlDecode(await midwife.GetStringAsync($"/trajecten/{pathway}")));

        // Her own organisation's privacy officer sees who, when, which pathway and why; not the woman.
        var officer = await DemoLogin.AsAsync(app, DemoAccounts.PrivacyOfficer);
        var list = WebUtility.HtmlDecode(await officer.GetStringAsync("/privacy/noodtoegang"));
        Assert.Contains(DemoAccounts.JgzNurse.Email, list);
        Assert.Contains($"nummer {pathway}", list);
        Assert.Contains(reason, list);
        Assert.DoesNotContain(name, list);
        AssertRefused(await officer.GetAsync($"/trajecten/{pathway}"));
        // The privacy officer of another organisation does not see it.
        var other = await PracticePrivacyOfficerAsync();
        var otherList = WebUtility.HtmlDecode(await other.GetStringAsync("/privacy/noodtoegang"));
        Assert.DoesNotContain(reason, otherList);
        Assert.DoesNotContain(DemoAccounts.JgzNurse.Email, otherList);
        // Professionals, coordinators, analysts and the administrator with a second factor do not see the list.
        foreach (var client in new[] { nurse, midwife, await DemoLogin.AsAsync(app, DemoAccounts.Coordinator), await DemoLogin.AsAsync(app, DemoAccounts.Analyst), await DemoLogin.AdministratorAsync(app) })
        {
            AssertRefused(await client.GetAsync("/privacy/noodtoegang"));
        }
        // That it ends after 24 hours is tested on a clock the test moves: EmergencyAccessClockTests.
    }

    [Fact]
    public async Task Others_are_refused_on_every_new_client_page_and_each_refusal_is_logged()
    {
        var midwife = await DemoLogin.AsAsync(app, DemoAccounts.Professional);
        var pathway = await OpenAsync(midwife, NewName("Fleur"));
        var started = DateTime.UtcNow.AddSeconds(-2);
        var outsiders = new Dictionary<string, HttpClient>
        {
            [DemoAccounts.JgzNurse.Email] = await DemoLogin.AsAsync(app, DemoAccounts.JgzNurse),
            [DemoAccounts.Coordinator.Email] = await DemoLogin.AsAsync(app, DemoAccounts.Coordinator),
            [DemoAccounts.Analyst.Email] = await DemoLogin.AsAsync(app, DemoAccounts.Analyst),
            [DemoAccounts.Administrator.Email] = await DemoLogin.AdministratorAsync(app),
            [DemoAccounts.PrivacyOfficer.Email] = await DemoLogin.AsAsync(app, DemoAccounts.PrivacyOfficer),
        };
        foreach (var (email, client) in outsiders)
        {
            foreach (var url in new[] { "", "/gegevens", "/verwijderen", "/betrokkenheid", "/inzage" })
            {
                AssertRefused(await client.GetAsync($"/trajecten/{pathway}{url}"));
            }
            foreach (var url in new[] { "/gegevens", "/verwijderen", "/betrokkenheid?handler=End", "/betrokkenheid?handler=Renew" })
            {
                AssertRefused(await PostAsync(client, $"/trajecten/{pathway}{url}", new() { ["confirmed"] = "true", ["Form.Name"] = "Overschreven" }));
            }
            if (email != DemoAccounts.JgzNurse.Email)
            {
                // Only a professional of an organisation can register involvement or ask break-the-glass.
                AssertRefused(await client.GetAsync("/trajecten/betrokkenheid"));
                AssertRefused(await PostAsync(client, $"/trajecten/{pathway}/noodtoegang", new() { ["Reason"] = "Een reden van genoeg tekens" }));
            }
            var denied = await DbAsync(db => db.AccessLog.AsNoTracking()
                .CountAsync(e => e.UserName == email && e.Outcome == AccessOutcome.Denied && e.ObjectId == pathway.ToString() && e.OccurredAt >= started));
            Assert.True(denied >= 9, $"{email}: {denied} refusals logged");
        }
        Assert.True(await DbAsync(db => db.Set<Involvement>().AnyAsync(i => i.PathwayId == pathway && i.EndedAt == null)));
        Assert.Contains("Fleur", WebUtility.HtmlDecode(await midwife.GetStringAsync($"/trajecten/{pathway}")));
    }

    [Fact]
    public async Task A_correction_is_versioned_logged_without_values_and_not_stored_in_plain_text()
    {
        var midwife = await DemoLogin.AsAsync(app, DemoAccounts.Professional);
        var pathway = await OpenAsync(midwife, NewName("Lotte"));
        var form = await midwife.GetDocumentAsync($"/trajecten/{pathway}/gegevens");
        var version = form.QuerySelector("input[name='Form.Version']")!.GetAttribute("value")!;
        var corrected = "Gecorrigeerd" + TestNames.Letters();
        Dictionary<string, string> Fields(string v) => new()
        {
            ["Form.Version"] = v,
            ["Form.Name"] = corrected,
            ["Form.BirthDate"] = Birth,
            ["Form.Phone"] = "06 1111 2222",
            ["Form.MunicipalityCode"] = "GM0518",
            ["Form.Postcode"] = "2526",
            ["Form.DueDate"] = Due,
        };
        var saved = await PostAsync(midwife, $"/trajecten/{pathway}/gegevens", Fields(version));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = WebUtility.HtmlDecode(await midwife.GetStringAsync($"/trajecten/{pathway}"));
        Assert.Contains(corrected, page);
        Assert.Contains("06 1111 2222", page);
        Assert.Contains("Gegevens gewijzigd", page); // in the timeline

        // A second save on the old version does not overwrite; what she typed stays.
        var stale = await PostAsync(midwife, $"/trajecten/{pathway}/gegevens", Fields(version));
        var staleHtml = WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("Iemand anders heeft dit intussen gewijzigd", staleHtml);

        var key = pathway.ToString();
        var change = await DbAsync(db => db.AccessLog.AsNoTracking()
            .Where(e => e.ClientId == key && e.ObjectType == nameof(Pathway) && e.Action == AccessAction.Update).Select(e => e.Details ?? "").ToListAsync());
        Assert.Contains(change, d => d.Contains("NameEncrypted gewijzigd") && d.Contains("PhoneEncrypted gewijzigd"));
        Assert.All(change, d => Assert.DoesNotContain(corrected, d));
        Assert.All(change, d => Assert.DoesNotContain("1111", d));
        Assert.False(await StoredInPlainTextAsync(corrected), "the corrected name is in the database in plain text");
    }

    [Fact]
    public async Task A_pathway_made_by_registering_involvement_gets_phone_email_and_postcode_later_through_the_correction_page()
    {
        var nurse = await DemoLogin.AsAsync(app, DemoAccounts.JgzNurse);
        var name = NewName("Iris");
        var registered = await RegisterAsync(nurse, name);
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        var pathway = IdOf(registered);
        var form = await nurse.GetDocumentAsync($"/trajecten/{pathway}/gegevens");
        Assert.Equal("", form.QuerySelector("input[name='Form.Phone']")!.GetAttribute("value") ?? "");
        Assert.Equal("", form.QuerySelector("input[name='Form.Postcode']")!.GetAttribute("value") ?? "");
        var saved = await PostAsync(nurse, $"/trajecten/{pathway}/gegevens", new()
        {
            ["Form.Version"] = form.QuerySelector("input[name='Form.Version']")!.GetAttribute("value")!,
            ["Form.Name"] = name,
            ["Form.BirthDate"] = Birth,
            ["Form.Phone"] = "06 3333 4444",
            ["Form.Email"] = "iris@example.org",
            ["Form.MunicipalityCode"] = "GM0392",
            ["Form.Postcode"] = "2011",
            ["Form.DueDate"] = Due,
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = WebUtility.HtmlDecode(await nurse.GetStringAsync($"/trajecten/{pathway}"));
        Assert.Contains("06 3333 4444", page);
        Assert.Contains("iris@example.org", page);
        var stored = await DbAsync(db => db.Set<Pathway>().AsNoTracking().SingleAsync(p => p.Id == pathway));
        Assert.Equal("2011", stored.Postcode4);
        Assert.DoesNotContain("3333", stored.PhoneEncrypted);
        Assert.False(await StoredInPlainTextAsync("iris@example.org"), "the e-mail address is in the database in plain text");
        // Another organisation cannot add them: refused and logged (the attacker's side of the same page).
        var midwife = await DemoLogin.AsAsync(app, DemoAccounts.Professional);
        AssertRefused(await PostAsync(midwife, $"/trajecten/{pathway}/gegevens", new() { ["Form.Phone"] = "06 0000 0000" }));
        var key = pathway.ToString();
        Assert.True(await DbAsync(db => db.AccessLog.AsNoTracking().AnyAsync(e => e.ObjectId == key && e.UserName == DemoAccounts.Professional.Email && e.Outcome == AccessOutcome.Denied)));
    }

    [Fact]
    public async Task Closed_pathways_are_listed_for_her_own_organisation_only_and_others_are_refused_and_logged()
    {
        var midwife = await DemoLogin.AsAsync(app, DemoAccounts.Professional);
        var name = NewName("Sara");
        var pathway = await OpenAsync(midwife, name);
        var closed = await midwife.PostFormAsync($"/trajecten/{pathway}/afsluiten",
            new Dictionary<string, string> { ["Reason"] = Kansrijk.Pathways.Retention.PathwayClosing.Reasons[1], ["Confirmed"] = "true" }, "main form[method=post]");
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);

        Assert.DoesNotContain(name, WebUtility.HtmlDecode(await midwife.GetStringAsync("/trajecten")));
        var list = await midwife.GetDocumentAsync("/trajecten?weergave=afgesloten");
        var link = list.QuerySelectorAll("main table a").FirstOrDefault(a => a.TextContent == name);
        Assert.NotNull(link);
        Assert.Equal($"/trajecten/{pathway}", link.GetAttribute("href"));
        Assert.Contains("is afgesloten op", WebUtility.HtmlDecode(await midwife.GetStringAsync($"/trajecten/{pathway}")));
        var key = pathway.ToString();
        Assert.True(await DbAsync(db => db.AccessLog.AsNoTracking().AnyAsync(e => e.ClientId == key && e.Action == AccessAction.Read
            && e.Details == "Lijst 'Mijn cliënten', afgesloten trajecten" && e.UserName == DemoAccounts.Professional.Email)));

        // Another organisation's professional does not find her in her closed list, and cannot open the pathway.
        var nurse = await DemoLogin.AsAsync(app, DemoAccounts.JgzNurse);
        Assert.DoesNotContain(name, WebUtility.HtmlDecode(await nurse.GetStringAsync("/trajecten?weergave=afgesloten")));
        var started = DateTime.UtcNow.AddSeconds(-2);
        AssertRefused(await nurse.GetAsync($"/trajecten/{pathway}"));
        // Roles without client data are refused the list itself, and the refusal is logged.
        foreach (var account in new[] { DemoAccounts.Coordinator, DemoAccounts.Analyst, DemoAccounts.PrivacyOfficer })
        {
            AssertRefused(await (await DemoLogin.AsAsync(app, account)).GetAsync("/trajecten?weergave=afgesloten"));
            Assert.True(await DbAsync(db => db.AccessLog.AsNoTracking().AnyAsync(e => e.UserName == account.Email && e.Outcome == AccessOutcome.Denied && e.OccurredAt >= started)),
                $"{account.Email}: refusal not logged");
        }
        Assert.True(await DbAsync(db => db.AccessLog.AsNoTracking().AnyAsync(e => e.ObjectId == key && e.UserName == DemoAccounts.JgzNurse.Email && e.Outcome == AccessOutcome.Denied)));
    }

    [Fact]
    public async Task Deletion_on_request_leaves_no_ciphertext_or_hash_and_keeps_the_counts()
    {
        var midwife = await DemoLogin.AsAsync(app, DemoAccounts.Professional);
        var nurse = await DemoLogin.AsAsync(app, DemoAccounts.JgzNurse);
        var name = NewName("Vera");
        var pathway = await OpenAsync(midwife, name);
        await RegisterAsync(nurse, name);
        var before = await DbAsync(db => db.Set<Pathway>().AsNoTracking().SingleAsync(p => p.Id == pathway));

        var confirm = WebUtility.HtmlDecode(await midwife.GetStringAsync($"/trajecten/{pathway}/verwijderen"));
        Assert.Contains("Dit kan niet ongedaan worden gemaakt", confirm);
        var unticked = await PostAsync(midwife, $"/trajecten/{pathway}/verwijderen");
        Assert.Equal(HttpStatusCode.OK, unticked.StatusCode);
        Assert.Null(await DbAsync(db => db.Set<Pathway>().Where(p => p.Id == pathway).Select(p => p.AnonymisedAt).SingleAsync()));

        var deleted = await PostAsync(midwife, $"/trajecten/{pathway}/verwijderen", new() { ["confirmed"] = "true" });
        Assert.Equal("/trajecten", Forms.PathOf(deleted.Headers.Location));
        var after = await DbAsync(db => db.Set<Pathway>().AsNoTracking().SingleAsync(p => p.Id == pathway));
        Assert.Equal("", after.NameEncrypted);
        Assert.Equal("", after.BirthDateEncrypted);
        Assert.Null(after.PhoneEncrypted);
        Assert.Equal("", after.IdentityHash);
        Assert.NotNull(after.AnonymisedAt);
        Assert.NotNull(after.ClosedAt);
        Assert.Equal(before.MunicipalityCode, after.MunicipalityCode); // counts stay
        Assert.Equal(before.DueDate, after.DueDate);
        Assert.False(await HeldInClientTablesAsync(before.NameEncrypted), "her old ciphertext is still in the client tables");
        // Her hash stays only where the JGZ registered her itself: its own record, which she asks the JGZ about.
        Assert.Equal(1, await DbAsync(db => db.Set<Pathway>().CountAsync(p => p.IdentityHash == before.IdentityHash)));
        Assert.False(await DbAsync(db => db.Set<Pathway>().AnyAsync(p => p.IdentityHash == before.IdentityHash && p.OrganisationId == before.OrganisationId)));
        Assert.False(await DbAsync(db => db.Set<InvolvementMatch>().AnyAsync(m => m.PathwayId == pathway || m.OtherPathwayId == pathway)));
        AssertRefused(await midwife.GetAsync($"/trajecten/{pathway}"));
        Assert.DoesNotContain(name, WebUtility.HtmlDecode(await midwife.GetStringAsync("/trajecten")));
    }

    /// <summary>Whether the database holds the text as it is (SQLite: the file; PostgreSQL: any row of the client schema).</summary>
    protected abstract Task<bool> StoredInPlainTextAsync(string text);

    /// <summary>Whether a live row of a client table holds the text.</summary>
    protected abstract Task<bool> HeldInClientTablesAsync(string text);
}

[Collection(SqliteCollection.Name)]
[Trait(Kinds.Trait, Kinds.Sqlite)]
public sealed class InvolvementAccessSqliteTests(SqliteApp app) : InvolvementAccessTests(app)
{
    protected override async Task<bool> StoredInPlainTextAsync(string text)
    {
        await using (var scope = app.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<KansrijkDb>().Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);");
        }
        var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(app.ConnectionString).DataSource;
        var needle = Encoding.UTF8.GetBytes(text);
        foreach (var path in new[] { file, file + "-wal" }.Where(File.Exists))
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var memory = new MemoryStream();
            await stream.CopyToAsync(memory);
            if (memory.ToArray().AsSpan().IndexOf(needle) >= 0) return true;
        }
        return false;
    }

    /// <summary>Live rows only: a removed value may linger in a free page of the file until SQLite reuses or vacuums it.</summary>
    protected override async Task<bool> HeldInClientTablesAsync(string text)
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection(app.ConnectionString);
        await connection.OpenAsync();
        foreach (var table in new[] { "Pathways", "PathwayInvolvements", "Consents", "Referrals", "ReferralStatusChanges", "EmergencyAccesses", "InvolvementMatches" })
        {
            var names = new List<string>();
            await using (var columns = connection.CreateCommand())
            {
                columns.CommandText = $"SELECT name FROM pragma_table_info('{table}')";
                await using var reader = await columns.ExecuteReaderAsync();
                while (await reader.ReadAsync()) names.Add(reader.GetString(0));
            }
            await using var search = connection.CreateCommand();
            search.CommandText = $"SELECT count(*) FROM \"{table}\" WHERE " + string.Join(" OR ", names.Select(n => $"instr(CAST(\"{n}\" AS TEXT), $p) > 0"));
            search.Parameters.AddWithValue("$p", text);
            if ((long)(await search.ExecuteScalarAsync())! > 0) return true;
        }
        return false;
    }
}

[Collection(PostgresCollection.Name)]
[Trait(Kinds.Trait, Kinds.Postgres)]
public sealed class InvolvementAccessPostgresTests(PostgresApp app) : InvolvementAccessTests(app)
{
    protected override Task<bool> HeldInClientTablesAsync(string text) => StoredInPlainTextAsync(text);

    protected override async Task<bool> StoredInPlainTextAsync(string text)
    {
        await using var connection = new Npgsql.NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new Npgsql.NpgsqlCommand($"SELECT table_name FROM information_schema.tables WHERE table_schema = '{PathwaySchema.Name}'", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        }
        Assert.Contains("EmergencyAccesses", tables);
        foreach (var table in tables)
        {
            await using var search = new Npgsql.NpgsqlCommand($"SELECT count(*) FROM \"{PathwaySchema.Name}\".\"{table}\" t WHERE t::text LIKE @p", connection);
            search.Parameters.AddWithValue("p", "%" + text + "%");
            if ((long)(await search.ExecuteScalarAsync())! > 0) return true;
        }
        return false;
    }
}
