using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Kansrijk.Access;
using Kansrijk.Access.AccessLog;
using Kansrijk.CaseMeetings;
using Kansrijk.Demo;
using Kansrijk.Pathways;
using Kansrijk.Platform.Database;
using Kansrijk.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kansrijk.Tests.CaseMeetings;

/// <summary>
/// The case meeting (MDO): the demo midwife plans a meeting with the wijkteam worker, brings in a woman by name only with
/// her case-meeting consent (else anonymous), agrees actions that land in the owner's "Mijn taken", turns one into a
/// referral and makes the minutes. Whoever does not take part is refused, and the refusal is in the access log.
/// </summary>
public abstract class CaseMeetingTests(KansrijkFactory app)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    private static string NewName(string first) => $"{first} Overleg{TestNames.Letters()}";

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await client.TokenAsync("/");
        return await client.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    private static void AssertRefused(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/geen-toegang", Forms.PathOf(response.Headers.Location));
    }

    private async Task<string> UserIdAsync(string email)
    {
        await using var scope = app.Scope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<User>>().FindByEmailAsync(email))!.Id;
    }

    private async Task<int> OpenPathwayAsync(HttpClient midwife, string name)
    {
        var response = await midwife.PostFormAsync("/trajecten/nieuw", new Dictionary<string, string>
        {
            ["Name"] = name,
            ["BirthDate"] = Today.AddYears(-23).ToString("yyyy-MM-dd"),
            ["Phone"] = "06 1234 5678",
            ["MunicipalityCode"] = "GM0518",
            ["Postcode"] = "2525",
            ["DueDate"] = Today.AddDays(100).ToString("yyyy-MM-dd"),
        });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return int.Parse(Forms.PathOf(response.Headers.Location).Split('/').Last());
    }

    /// <summary>A meeting of the midwife's practice with the wijkteam worker, the day before yesterday (so it has taken place).</summary>
    private async Task<(int Id, string Name)> PlanAsync(HttpClient midwife)
    {
        var name = NewName("MDO");
        var response = await PostAsync(midwife, "/overleggen/nieuw", new Dictionary<string, string>
        {
            ["Form.Name"] = name,
            ["Form.Kind"] = "Mdo",
            ["Form.Date"] = Today.AddDays(-2).ToString("yyyy-MM-dd"),
            ["Form.Time"] = "14:30",
            ["Form.Place"] = "Zaal 2",
            ["Form.Participants"] = await UserIdAsync(DemoAccounts.NeighbourhoodWorker.Email),
        });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return (int.Parse(Forms.PathOf(response.Headers.Location).Split('/').Last()), name);
    }

    private static Task<HttpResponseMessage> AddCaseAsync(HttpClient client, int meeting, Dictionary<string, string> fields) =>
        PostAsync(client, $"/overleggen/{meeting}?handler=Case", fields);

    private static Dictionary<string, string> ByName(int pathway, bool consent) => new()
    {
        ["CaseForm.Way"] = "naam",
        ["CaseForm.PathwayId"] = pathway.ToString(),
        ["CaseForm.ConsentGiven"] = consent ? "true" : "false",
        ["CaseForm.ConsentLanguage"] = "nl",
        ["CaseForm.Question"] = "Hoe krijgen we de hulp bij geldzorgen op tijd rond?",
    };

    private static Dictionary<string, string> Anonymous(string question) => new()
    {
        ["CaseForm.Way"] = "anoniem",
        ["CaseForm.PregnancyWeek"] = "24",
        ["CaseForm.Themes"] = "wonen, spanning thuis",
        ["CaseForm.Question"] = question,
    };

    private async Task<List<MeetingCase>> CasesAsync(int meeting)
    {
        await using var scope = app.Scope();
        return await scope.ServiceProvider.GetRequiredService<KansrijkDb>().Set<MeetingCase>().AsNoTracking().Include(c => c.Actions)
            .Where(c => c.MeetingId == meeting).OrderBy(c => c.Id).ToListAsync();
    }

    [Fact]
    public async Task A_woman_goes_on_the_agenda_by_name_only_with_consent_and_a_withdrawal_hides_her_from_then_on()
    {
        var midwife = await DemoLogin.AsAsync(app, DemoAccounts.Professional);
        var worker = await DemoLogin.AsAsync(app, DemoAccounts.NeighbourhoodWorker);
        var (meeting, _) = await PlanAsync(midwife);
        var woman = NewName("Lotte");
        var pathway = await OpenPathwayAsync(midwife, woman);

        // Without consent: refused with a Dutch error, nothing stored; what she typed stays.
        var refused = await AddCaseAsync(midwife, meeting, ByName(pathway, consent: false));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await Forms.ParseAsync(refused);
        Assert.Contains("nog geen toestemming", page.QuerySelector("#foutoverzicht")!.TextContent);
        Assert.Equal("Hoe krijgen we de hulp bij geldzorgen op tijd rond?", page.QuerySelector("textarea[name='CaseForm.Question']")!.TextContent);
        Assert.Empty(await CasesAsync(meeting));

        // With consent recorded in the same step: by name, and the consent is on her pathway for the organiser.
        Assert.Equal(HttpStatusCode.Redirect, (await AddCaseAsync(midwife, meeting, ByName(pathway, consent: true))).StatusCode);
        var stored = Assert.Single(await CasesAsync(meeting));
        Assert.Equal(pathway, stored.PathwayId);
        Assert.Contains(woman, await (await worker.GetAsync($"/overleggen/{meeting}")).Content.ReadAsStringAsync());

        // Her withdrawal (on her pathway page) hides her name from the meeting and the minutes from then on.
        int consentId;
        await using (var scope = app.Scope())
        {
            consentId = await scope.ServiceProvider.GetRequiredService<KansrijkDb>().Set<Consent>()
                .Where(c => c.PathwayId == pathway && c.Purpose == ConsentPurpose.CaseMeeting).Select(c => c.Id).SingleAsync();
        }
        Assert.Equal(stored.ConsentId, consentId);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(midwife, $"/trajecten/{pathway}?handler=Withdraw&consentId={consentId}", [])).StatusCode);
        var after = await (await worker.GetAsync($"/overleggen/{meeting}")).Content.ReadAsStringAsync();
        Assert.DoesNotContain(woman, after);
        Assert.Contains("toestemming voor bespreking op naam ingetrokken", after);
        Assert.DoesNotContain(woman, await (await worker.GetAsync($"/overleggen/{meeting}/verslag")).Content.ReadAsStringAsync());
        Assert.DoesNotContain($"/trajecten/{pathway}", await (await worker.GetAsync($"/overleggen/{meeting}/casussen/{stored.Id}")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_anonymous_case_carries_no_identity_on_its_page_in_the_minutes_or_in_the_database()
    {
        var midwife = await DemoLogin.AsAsync(app, DemoAccounts.Professional);
        var worker = await DemoLogin.AsAsync(app, DemoAccounts.NeighbourhoodWorker);
        var (meeting, _) = await PlanAsync(midwife);
        var woman = NewName("Anna");
        var pathway = await OpenPathwayAsync(midwife, woman);
        var question = "Zij woont tijdelijk bij familie. Wie helpt bij woonruimte na de bevalling?";
        Assert.Equal(HttpStatusCode.Redirect, (await AddCaseAsync(midwife, meeting, Anonymous(question))).StatusCode);

        var stored = Assert.Single(await CasesAsync(meeting));
        Assert.Null(stored.PathwayId);
        Assert.Null(stored.ConsentId);
        Assert.DoesNotContain("Zij woont", stored.QuestionEncrypted);
        var birth = Today.AddYears(-23);
        foreach (var url in new[] { $"/overleggen/{meeting}", $"/overleggen/{meeting}/casussen/{stored.Id}", $"/overleggen/{meeting}/verslag" })
        {
            var html = await (await worker.GetAsync(url)).Content.ReadAsStringAsync();
            Assert.Contains(question, html);
            Assert.Contains("Casus 1 (anoniem)", html);
            Assert.DoesNotContain(woman, html);
            Assert.DoesNotContain($"/trajecten/{pathway}", html);
            Assert.DoesNotContain(birth.ToString("d-M-yyyy"), html);
        }
        var word = await (await worker.GetAsync($"/overleggen/{meeting}/verslag?handler=Word")).Content.ReadAsByteArrayAsync();
        using var document = WordprocessingDocument.Open(new MemoryStream(word), false);
        var text = document.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.Contains("Casus 1 (anoniem)", text);
        Assert.DoesNotContain(woman, text);
    }

    [Fact]
    public async Task Actions_land_in_the_owners_task_list_only_and_one_becomes_a_referral()
    {
        var midwife = await DemoLogin.AsAsync(app, DemoAccounts.Professional);
        var worker = await DemoLogin.AsAsync(app, DemoAccounts.NeighbourhoodWorker);
        var (meeting, name) = await PlanAsync(midwife);
        var pathway = await OpenPathwayAsync(midwife, NewName("Iris"));
        Assert.Equal(HttpStatusCode.Redirect, (await AddCaseAsync(midwife, meeting, ByName(pathway, consent: true))).StatusCode);
        var caseId = Assert.Single(await CasesAsync(meeting)).Id;
        int offer;
        await using (var scope = app.Scope())
        {
            offer = await scope.ServiceProvider.GetRequiredService<KansrijkDb>().Offers
                .Where(o => o.Organisation!.Name == PathwayDemoData.DenHaagWorkerOrganisation).Select(o => o.Id).FirstAsync();
        }
        var url = $"/overleggen/{meeting}/casussen/{caseId}";

        // Errors in Dutch, typed text kept.
        var wrong = await PostAsync(worker, url + "?handler=Action", new() { ["ActionForm.What"] = "Bellen", ["ActionForm.OwnerUserId"] = "iemand-anders" });
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        var form = await Forms.ParseAsync(wrong);
        Assert.Contains("deelnemer van het overleg", form.QuerySelector("#foutoverzicht")!.TextContent);
        Assert.Equal("Bellen", form.QuerySelector("textarea[name='ActionForm.What']")!.TextContent);

        var workerId = await UserIdAsync(DemoAccounts.NeighbourhoodWorker.Email);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(worker, url + "?handler=Action", new()
        {
            ["ActionForm.What"] = "Verwijs haar naar de hulp bij geldzorgen.",
            ["ActionForm.OwnerUserId"] = workerId,
            ["ActionForm.DueDate"] = Today.AddDays(7).ToString("yyyy-MM-dd"),
            ["ActionForm.OfferId"] = offer.ToString(),
        })).StatusCode);
        var action = Assert.Single(Assert.Single(await CasesAsync(meeting)).Actions);

        var workersTasks = await (await worker.GetAsync("/taken")).Content.ReadAsStringAsync();
        Assert.Contains($"Actie uit overleg {name}", workersTasks);
        Assert.Contains($"{url}#actie-{action.Id}", workersTasks);
        Assert.DoesNotContain("geldzorgen", workersTasks.Split("Actie uit overleg")[1].Split("</li>")[0]);
        Assert.DoesNotContain(name, await (await midwife.GetAsync("/taken")).Content.ReadAsStringAsync());

        // No referral yet: linking is refused with a Dutch message.
        var early = await PostAsync(worker, url + $"?handler=Referral&actionId={action.Id}", []);
        Assert.Equal(HttpStatusCode.OK, early.StatusCode);
        Assert.Contains("nog geen verwijzing", await early.Content.ReadAsStringAsync());

        // The referral goes through the pathway page (with its own referral consent), by the midwife who is involved.
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(midwife, $"/trajecten/{pathway}?handler=Consent", new()
        {
            ["ConsentForm.OfferId"] = offer.ToString(),
            ["ConsentForm.GivenBy"] = "Woman",
            ["ConsentForm.Manner"] = "Spoken",
            ["ConsentForm.Language"] = "nl",
            ["ConsentForm.Confirmed"] = "true",
        })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(midwife, $"/trajecten/{pathway}?handler=Refer", new()
        {
            ["ReferForm.OfferIds"] = offer.ToString(),
            ["ReferForm.Reason"] = "Uit het MDO",
            ["ReferForm.Agreed"] = "Wijkteam belt",
            ["ReferForm.ReferrerContact"] = "070 000 0101",
        })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(worker, url + $"?handler=Referral&actionId={action.Id}", [])).StatusCode);
        var linked = Assert.Single(Assert.Single(await CasesAsync(meeting)).Actions);
        await using (var scope = app.Scope())
        {
            var referral = await scope.ServiceProvider.GetRequiredService<KansrijkDb>().Set<Referral>().SingleAsync(r => r.PathwayId == pathway);
            Assert.Equal(referral.Id, linked.ReferralId);
        }
        Assert.NotNull(linked.DoneAt);
        // The task is gone (her invitation to the meeting is still among the notices).
        Assert.DoesNotContain($"Actie uit overleg {name}", await (await worker.GetAsync("/taken")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_word_minutes_are_valid_open_xml_and_hold_the_decisions_and_a_second_save_does_not_overwrite()
    {
        var midwife = await DemoLogin.AsAsync(app, DemoAccounts.Professional);
        var worker = await DemoLogin.AsAsync(app, DemoAccounts.NeighbourhoodWorker);
        var (meeting, name) = await PlanAsync(midwife);
        Assert.Equal(HttpStatusCode.Redirect, (await AddCaseAsync(midwife, meeting, Anonymous("Wie helpt bij de kraamzorg?"))).StatusCode);
        var caseId = Assert.Single(await CasesAsync(meeting)).Id;
        var url = $"/overleggen/{meeting}/casussen/{caseId}";
        var seen = Assert.Single(await CasesAsync(meeting)).Version;
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(midwife, url + "?handler=Discussion", new()
        {
            ["DiscussionForm.Version"] = seen.ToString(),
            ["DiscussionForm.Discussion"] = "Besproken met het wijkteam.",
            ["DiscussionForm.Decisions"] = "Het wijkteam regelt een kraamzorgpakket.",
        })).StatusCode);
        // The worker saves from the version she saw before: refused, her text kept, nothing overwritten.
        var late = await PostAsync(worker, url + "?handler=Discussion", new()
        {
            ["DiscussionForm.Version"] = seen.ToString(),
            ["DiscussionForm.Discussion"] = "Andere samenvatting",
            ["DiscussionForm.Decisions"] = "Ander besluit",
        });
        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        var latePage = await Forms.ParseAsync(late);
        Assert.Contains("Iemand anders heeft dit intussen gewijzigd", latePage.QuerySelector("#foutoverzicht")!.TextContent);
        Assert.Equal("Ander besluit", latePage.QuerySelector("textarea[name='DiscussionForm.Decisions']")!.TextContent);

        var response = await worker.GetAsync($"/overleggen/{meeting}/verslag?handler=Word");
        Assert.Equal(MinutesDocx.ContentType, response.Content.Headers.ContentType!.MediaType);
        using var document = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(5)));
        var body = document.MainDocumentPart!.Document!.Body!;
        Assert.Contains("Het wijkteam regelt een kraamzorgpakket.", body.InnerText);
        Assert.DoesNotContain("Ander besluit", body.InnerText);
        Assert.Contains(name, body.InnerText);

        // The print page says the same, and making either is in the access log.
        var print = await worker.GetDocumentAsync($"/overleggen/{meeting}/verslag");
        Assert.Contains("Het wijkteam regelt een kraamzorgpakket.", print.QuerySelector("article")!.TextContent);
        Assert.Equal("Casus 1 (anoniem)", print.QuerySelector("article h2")!.TextContent.Trim());
        await using var scope = app.Scope();
        var log = await scope.ServiceProvider.GetRequiredService<KansrijkDb>().AccessLog.AsNoTracking()
            .Where(e => e.ObjectType == "Overlegcasus" && e.ObjectId == caseId.ToString()).Select(e => e.Details).ToListAsync();
        Assert.Contains(log, d => d!.StartsWith("Verslag als Word-bestand"));
        Assert.Contains(log, d => d!.StartsWith("Verslag bekeken"));
    }

    /// <summary>A colleague of the midwife's own practice who does not take part in the meeting.</summary>
    private async Task<HttpClient> ColleagueAsync()
    {
        var email = "collega.praktijk@example.org";
        await using (var scope = app.Scope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
            var db = scope.ServiceProvider.GetRequiredService<KansrijkDb>();
            if (await users.FindByEmailAsync(email) is null)
            {
                var user = new User { UserName = email, Email = email, DisplayName = "Collega Praktijk", EmailConfirmed = true };
                Assert.True((await users.CreateAsync(user, DemoAccounts.Password)).Succeeded);
                var practice = await db.Organisations.Where(o => o.Name == PathwayDemoData.MidwifePractice).Select(o => o.Id).SingleAsync();
                db.RoleAssignments.Add(new RoleAssignment { UserId = user.Id, Role = Role.Professional, ScopeType = ScopeType.Organisation, ScopeId = practice.ToString() });
                await db.SaveChangesAsync();
            }
        }
        return await DemoLogin.AsAsync(app, new DemoAccounts.Account(email, "Collega Praktijk", Role.Professional, ScopeType.None, null));
    }

    [Fact]
    public async Task Nobody_but_the_participants_sees_a_meeting_and_every_refusal_is_logged()
    {
        var midwife = await DemoLogin.AsAsync(app, DemoAccounts.Professional);
        var worker = await DemoLogin.AsAsync(app, DemoAccounts.NeighbourhoodWorker);
        var (meeting, name) = await PlanAsync(midwife);
        var question = "Vraag die alleen deelnemers zien " + Guid.NewGuid().ToString("N")[..6];
        Assert.Equal(HttpStatusCode.Redirect, (await AddCaseAsync(midwife, meeting, Anonymous(question))).StatusCode);
        var caseId = Assert.Single(await CasesAsync(meeting)).Id;

        var attackers = new Dictionary<string, HttpClient>
        {
            ["collega van dezelfde organisatie"] = await ColleagueAsync(),
            ["andere organisatie"] = await DemoLogin.AsAsync(app, DemoAccounts.JgzNurse),
            ["coördinator"] = await DemoLogin.AsAsync(app, DemoAccounts.Coordinator),
            ["analist"] = await DemoLogin.AsAsync(app, DemoAccounts.Analyst),
            ["beheerder"] = await DemoLogin.AdministratorAsync(app),
        };
        foreach (var (who, client) in attackers)
        {
            foreach (var url in new[] { $"/overleggen/{meeting}", $"/overleggen/{meeting}/casussen/{caseId}", $"/overleggen/{meeting}/verslag", $"/overleggen/{meeting}/verslag?handler=Word" })
            {
                var response = await client.GetAsync(url);
                AssertRefused(response);
                Assert.DoesNotContain(question, await response.Content.ReadAsStringAsync());
            }
            AssertRefused(await PostAsync(client, $"/overleggen/{meeting}/casussen/{caseId}?handler=Discussion", new() { ["DiscussionForm.Discussion"] = who }));
            AssertRefused(await AddCaseAsync(client, meeting, Anonymous(who)));
            Assert.DoesNotContain(name, await (await client.GetAsync("/overleggen")).Content.ReadAsStringAsync());
        }
        Assert.Single(await CasesAsync(meeting));
        Assert.Null(Assert.Single(await CasesAsync(meeting)).DiscussionEncrypted);

        // A participant still cannot bring in by name a woman her own organisation is not involved with.
        var pathway = await OpenPathwayAsync(midwife, NewName("Mila"));
        AssertRefused(await AddCaseAsync(worker, meeting, ByName(pathway, consent: true)));
        Assert.Single(await CasesAsync(meeting));

        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<KansrijkDb>();
        var refusals = await db.AccessLog.AsNoTracking()
            .Where(e => e.ObjectType == CaseMeetingService.ResourceType && e.ObjectId == meeting.ToString() && e.Outcome == AccessOutcome.Denied).CountAsync();
        Assert.True(refusals >= attackers.Count * 6, $"{refusals} refusals logged");
        Assert.True(await db.AccessLog.AnyAsync(e => e.ObjectType == PathwayResources.Type && e.ObjectId == pathway.ToString() && e.Outcome == AccessOutcome.Denied));
    }

    [Fact]
    public async Task The_counts_give_distinct_pathways_discussed_by_name_per_municipality_and_year()
    {
        var midwife = await DemoLogin.AsAsync(app, DemoAccounts.Professional);
        var (first, _) = await PlanAsync(midwife);
        var (second, _) = await PlanAsync(midwife);
        var year = TimeZoneInfo.ConvertTimeFromUtc(Today.AddDays(-2).ToDateTime(new TimeOnly(14, 30)), CaseMeetingService.Amsterdam).Year;
        async Task<int> CountAsync()
        {
            await using var scope = app.Scope();
            var counts = await scope.ServiceProvider.GetRequiredService<CaseMeetingCounts>().DiscussedByNameAsync(CancellationToken.None);
            return counts.FirstOrDefault(c => c.MunicipalityCode == "GM0518" && c.Year == year)?.PathwaysDiscussed ?? 0;
        }
        var before = await CountAsync();
        var pathway = await OpenPathwayAsync(midwife, NewName("Sanne"));
        // Twice by name (two meetings) is one pathway; an anonymous case does not count.
        Assert.Equal(HttpStatusCode.Redirect, (await AddCaseAsync(midwife, first, ByName(pathway, consent: true))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await AddCaseAsync(midwife, second, ByName(pathway, consent: false))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await AddCaseAsync(midwife, second, Anonymous("Anoniem telt niet"))).StatusCode);
        Assert.Equal(before + 1, await CountAsync());
    }

    [Fact]
    public async Task The_demo_has_an_mdo_in_den_haag_with_a_case_by_name_and_an_anonymous_case()
    {
        var midwife = await DemoLogin.AsAsync(app, DemoAccounts.Professional);
        int meeting;
        await using (var scope = app.Scope())
        {
            meeting = await scope.ServiceProvider.GetRequiredService<KansrijkDb>().Set<CaseMeeting>().Where(m => m.Name == CaseMeetingDemoData.MeetingName).Select(m => m.Id).SingleAsync();
        }
        var page = await midwife.GetDocumentAsync($"/overleggen/{meeting}");
        var titles = page.QuerySelectorAll("#casussen ~ section h3").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(2, titles.Count);
        Assert.StartsWith("Casus 1: Fenna Fictief", titles[0]);
        Assert.StartsWith("Casus 2 (anoniem)", titles[1]);
        Assert.Contains("Wim Wijkteam", page.QuerySelector("#deelnemers + ul")!.TextContent);
    }
}

[Collection(SqliteCollection.Name)]
[Trait(Kinds.Trait, Kinds.Sqlite)]
public sealed class CaseMeetingSqliteTests(SqliteApp app) : CaseMeetingTests(app);

[Collection(PostgresCollection.Name)]
[Trait(Kinds.Trait, Kinds.Postgres)]
public sealed class CaseMeetingPostgresTests(PostgresApp app) : CaseMeetingTests(app);
