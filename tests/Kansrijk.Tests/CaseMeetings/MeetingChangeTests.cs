using System.Net;
using Kansrijk.Access;
using Kansrijk.Access.AccessLog;
using Kansrijk.CaseMeetings;
using Kansrijk.Demo;
using Kansrijk.Pathways;
using Kansrijk.Pathways.Notices;
using Kansrijk.Platform.Database;
using Kansrijk.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kansrijk.Tests.CaseMeetings;

/// <summary>
/// After planning: the organiser changes the meeting (versioned), cancels it after confirming, invites and takes off
/// participants; the participants get a notice of their own that names only the meeting and its date. Whoever is not
/// an organiser of the meeting is refused, and the refusal is in the access log.
/// </summary>
public abstract class MeetingChangeTests(KansrijkFactory app)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);
    private const string Question = "Hoe krijgen we de hulp bij geldzorgen op tijd rond?";

    /// <summary>Letters only: her identity is matched on letters, so digits would not make two women different.</summary>
    private static string NewName(string first) => $"{first} Wijzig{new string([.. Guid.NewGuid().ToString("N")[..8].Select(c => (char)('a' + Convert.ToInt32(c.ToString(), 16)))])}";

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

    private static void AssertRedirect(HttpResponseMessage response, string body = "") =>
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{response.StatusCode} {body}");

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
            ["BirthDate"] = Today.AddYears(-24).ToString("yyyy-MM-dd"),
            ["Phone"] = "06 1234 5678",
            ["MunicipalityCode"] = "GM0518",
            ["Postcode"] = "2525",
            ["DueDate"] = Today.AddDays(90).ToString("yyyy-MM-dd"),
        });
        AssertRedirect(response, await response.Content.ReadAsStringAsync());
        return int.Parse(Forms.PathOf(response.Headers.Location).Split('/').Last());
    }

    /// <summary>A meeting of the midwife's practice next week, with the wijkteam worker, and one case by name with her consent.</summary>
    private async Task<(int Id, string Name, string Woman)> PlanWithCaseAsync(HttpClient midwife)
    {
        var name = NewName("MDO");
        var response = await PostAsync(midwife, "/overleggen/nieuw", new Dictionary<string, string>
        {
            ["Form.Name"] = name,
            ["Form.Kind"] = "Mdo",
            ["Form.Date"] = Today.AddDays(7).ToString("yyyy-MM-dd"),
            ["Form.Time"] = "14:30",
            ["Form.Place"] = "Zaal 2",
            ["Form.Participants"] = await UserIdAsync(DemoAccounts.NeighbourhoodWorker.Email),
        });
        AssertRedirect(response, await response.Content.ReadAsStringAsync());
        var id = int.Parse(Forms.PathOf(response.Headers.Location).Split('/').Last());
        var woman = NewName("Noor");
        var pathway = await OpenPathwayAsync(midwife, woman);
        AssertRedirect(await PostAsync(midwife, $"/overleggen/{id}?handler=Case", new()
        {
            ["CaseForm.Way"] = "naam",
            ["CaseForm.PathwayId"] = pathway.ToString(),
            ["CaseForm.ConsentGiven"] = "true",
            ["CaseForm.ConsentLanguage"] = "nl",
            ["CaseForm.Question"] = Question,
        }));
        return (id, name, woman);
    }

    private async Task<CaseMeeting> MeetingAsync(int id)
    {
        await using var scope = app.Scope();
        return await scope.ServiceProvider.GetRequiredService<KansrijkDb>().Set<CaseMeeting>().AsNoTracking().Include(m => m.Participants).SingleAsync(m => m.Id == id);
    }

    private async Task<List<Notice>> NoticesAsync(int meeting)
    {
        await using var scope = app.Scope();
        var url = $"/overleggen/{meeting}";
        return await scope.ServiceProvider.GetRequiredService<KansrijkDb>().Set<Notice>().AsNoTracking().Where(n => n.Url == url).OrderBy(n => n.Id).ToListAsync();
    }

    /// <summary>A professional of the midwife's own practice, not invited.</summary>
    private async Task<(HttpClient Client, string UserId)> ColleagueAsync()
    {
        var email = "collega2.praktijk@example.org";
        await using (var scope = app.Scope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
            var db = scope.ServiceProvider.GetRequiredService<KansrijkDb>();
            if (await users.FindByEmailAsync(email) is null)
            {
                var user = new User { UserName = email, Email = email, DisplayName = "Cora Collega", EmailConfirmed = true };
                Assert.True((await users.CreateAsync(user, DemoAccounts.Password)).Succeeded);
                var practice = await db.Organisations.Where(o => o.Name == PathwayDemoData.MidwifePractice).Select(o => o.Id).SingleAsync();
                db.RoleAssignments.Add(new RoleAssignment { UserId = user.Id, Role = Role.Professional, ScopeType = ScopeType.Organisation, ScopeId = practice.ToString() });
                await db.SaveChangesAsync();
            }
        }
        return (await DemoLogin.AsAsync(app, new DemoAccounts.Account(email, "Cora Collega", Role.Professional, ScopeType.None, null)), await UserIdAsync(email));
    }

    private static Dictionary<string, string> Edit(CaseMeeting seen, string date, string time, string place) => new()
    {
        ["Form.Version"] = seen.Version.ToString(),
        ["Form.Name"] = seen.Name,
        ["Form.Kind"] = seen.Kind.ToString(),
        ["Form.Date"] = date,
        ["Form.Time"] = time,
        ["Form.Place"] = place,
    };

    [Fact]
    public async Task The_organiser_changes_the_meeting_with_a_version_and_the_others_get_a_notice_without_client_data()
    {
        var midwife = await DemoLogin.AsAsync(app, DemoAccounts.Professional);
        var worker = await DemoLogin.AsAsync(app, DemoAccounts.NeighbourhoodWorker);
        var (meeting, name, woman) = await PlanWithCaseAsync(midwife);

        // Invited at planning: the worker has the invitation in "Mijn taken"; the one who planned it has none.
        var invitation = Assert.Single(await NoticesAsync(meeting));
        Assert.Equal(await UserIdAsync(DemoAccounts.NeighbourhoodWorker.Email), invitation.UserId);
        Assert.StartsWith($"U bent uitgenodigd voor het overleg '{name}' op ", invitation.Text);
        Assert.Contains(invitation.Text, WebUtility.HtmlDecode(await worker.GetStringAsync("/taken")));
        Assert.DoesNotContain(name, await midwife.GetStringAsync("/taken"));

        // The form shows what is stored; an error keeps what she typed, in Dutch.
        var form = await midwife.GetDocumentAsync($"/overleggen/{meeting}/wijzigen");
        Assert.Equal("14:30", form.QuerySelector("input[name='Form.Time']")!.GetAttribute("value"));
        var seen = await MeetingAsync(meeting);
        var wrong = await PostAsync(midwife, $"/overleggen/{meeting}/wijzigen", Edit(seen, Today.AddDays(8).ToString("yyyy-MM-dd"), "half drie", "Zaal 9"));
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        var wrongPage = await Forms.ParseAsync(wrong);
        Assert.Contains("begintijd", wrongPage.QuerySelector("#foutoverzicht")!.TextContent);
        Assert.Equal("Zaal 9", wrongPage.QuerySelector("input[name='Form.Place']")!.GetAttribute("value"));
        Assert.Equal("half drie", wrongPage.QuerySelector("input[name='Form.Time']")!.GetAttribute("value"));

        AssertRedirect(await PostAsync(midwife, $"/overleggen/{meeting}/wijzigen", Edit(seen, Today.AddDays(8).ToString("yyyy-MM-dd"), "10:00", "Zaal 9")));
        var changed = await MeetingAsync(meeting);
        Assert.Equal("Zaal 9", changed.Place);
        Assert.Equal(10, TimeZoneInfo.ConvertTimeFromUtc(changed.StartsAt, CaseMeetingService.Amsterdam).Hour);
        var moved = (await NoticesAsync(meeting)).Last();
        Assert.StartsWith($"Het overleg '{name}' is gewijzigd. Het is nu op ", moved.Text);
        Assert.Contains("om 10:00 uur", moved.Text);
        Assert.Contains(moved.Text, WebUtility.HtmlDecode(await worker.GetStringAsync("/taken")));

        // A second save from the version seen before overwrites nothing.
        var late = await PostAsync(midwife, $"/overleggen/{meeting}/wijzigen", Edit(seen, Today.AddDays(9).ToString("yyyy-MM-dd"), "11:00", "Zaal 1"));
        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        Assert.Contains("Iemand anders heeft dit intussen gewijzigd", (await Forms.ParseAsync(late)).QuerySelector("#foutoverzicht")!.TextContent);
        Assert.Equal("Zaal 9", (await MeetingAsync(meeting)).Place);

        // No notice holds anything of the case: not her name, not the question.
        foreach (var notice in await NoticesAsync(meeting))
        {
            Assert.DoesNotContain(woman, notice.Text);
            Assert.DoesNotContain(woman.Split(' ')[1], notice.Text);
            Assert.DoesNotContain("geldzorgen", notice.Text);
            Assert.Equal($"/overleggen/{meeting}", notice.Url);
        }
    }

    [Fact]
    public async Task A_cancelled_meeting_stays_visible_as_cancelled_and_takes_no_new_cases_or_changes()
    {
        var midwife = await DemoLogin.AsAsync(app, DemoAccounts.Professional);
        var worker = await DemoLogin.AsAsync(app, DemoAccounts.NeighbourhoodWorker);
        var (meeting, name, _) = await PlanWithCaseAsync(midwife);

        // The confirmation step: without ticking the box nothing happens.
        Assert.Contains("Ja, ik annuleer dit overleg", await midwife.GetStringAsync($"/overleggen/{meeting}/annuleren"));
        var unconfirmed = await PostAsync(midwife, $"/overleggen/{meeting}/annuleren", []);
        Assert.Equal(HttpStatusCode.OK, unconfirmed.StatusCode);
        Assert.Contains("Vink aan", (await Forms.ParseAsync(unconfirmed)).QuerySelector("#foutoverzicht")!.TextContent);
        Assert.Null((await MeetingAsync(meeting)).CancelledAt);

        AssertRedirect(await PostAsync(midwife, $"/overleggen/{meeting}/annuleren", new() { ["Confirmed"] = "true" }));
        Assert.NotNull((await MeetingAsync(meeting)).CancelledAt);
        var page = await worker.GetDocumentAsync($"/overleggen/{meeting}");
        Assert.Contains("Geannuleerd", page.QuerySelector("#geannuleerd")!.TextContent);
        Assert.Null(page.QuerySelector("form[action*='handler=Case']"));
        Assert.Contains("(geannuleerd)", await worker.GetStringAsync("/overleggen"));
        var cancelled = (await NoticesAsync(meeting)).Last();
        Assert.Equal($"Het overleg '{name}' van {MeetingDetails.When((await MeetingAsync(meeting)).StartsAt)} is geannuleerd.", cancelled.Text);

        // No new case, no change, no new participant, no discussion.
        var refused = await PostAsync(midwife, $"/overleggen/{meeting}?handler=Case", new()
        {
            ["CaseForm.Way"] = "anoniem",
            ["CaseForm.PregnancyWeek"] = "20",
            ["CaseForm.Question"] = "Nog een vraag",
        });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("geannuleerd", (await Forms.ParseAsync(refused)).QuerySelector("#foutoverzicht")!.TextContent);
        var seen = await MeetingAsync(meeting);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(midwife, $"/overleggen/{meeting}/wijzigen", Edit(seen, Today.AddDays(20).ToString("yyyy-MM-dd"), "09:00", "Elders"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(midwife, $"/overleggen/{meeting}/deelnemers?handler=Add", new() { ["Form.Add"] = await UserIdAsync(DemoAccounts.JgzNurse.Email) })).StatusCode);
        await using (var scope = app.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KansrijkDb>();
            var caseId = await db.Set<MeetingCase>().Where(c => c.MeetingId == meeting).Select(c => c.Id).SingleAsync();
            var discussion = await PostAsync(worker, $"/overleggen/{meeting}/casussen/{caseId}?handler=Discussion", new() { ["DiscussionForm.Version"] = "0", ["DiscussionForm.Discussion"] = "Te laat" });
            Assert.Equal(HttpStatusCode.OK, discussion.StatusCode);
            Assert.Equal(1, await db.Set<MeetingCase>().CountAsync(c => c.MeetingId == meeting));
            Assert.Null(await db.Set<MeetingCase>().Where(c => c.MeetingId == meeting).Select(c => c.DiscussionEncrypted).SingleAsync());
        }
        var after = await MeetingAsync(meeting);
        Assert.Equal("Zaal 2", after.Place);
        Assert.Equal(2, after.Participants.Count);
    }

    [Fact]
    public async Task Participants_are_invited_and_taken_off_and_one_taken_off_no_longer_sees_the_cases_and_the_last_organiser_stays()
    {
        var midwife = await DemoLogin.AsAsync(app, DemoAccounts.Professional);
        var worker = await DemoLogin.AsAsync(app, DemoAccounts.NeighbourhoodWorker);
        var (colleague, colleagueId) = await ColleagueAsync();
        var (meeting, name, woman) = await PlanWithCaseAsync(midwife);
        var midwifeId = await UserIdAsync(DemoAccounts.Professional.Email);
        var workerId = await UserIdAsync(DemoAccounts.NeighbourhoodWorker.Email);
        int caseId;
        await using (var scope = app.Scope())
        {
            caseId = await scope.ServiceProvider.GetRequiredService<KansrijkDb>().Set<MeetingCase>().Where(c => c.MeetingId == meeting).Select(c => c.Id).SingleAsync();
        }

        // Not invited yet: the colleague of the same practice sees nothing, not even the worker's invitation.
        AssertRefused(await colleague.GetAsync($"/overleggen/{meeting}"));
        Assert.DoesNotContain(name, await colleague.GetStringAsync("/taken"));

        // Nothing chosen: a Dutch error.
        var empty = await PostAsync(midwife, $"/overleggen/{meeting}/deelnemers?handler=Add", []);
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Contains("Kies wie u wilt uitnodigen", (await Forms.ParseAsync(empty)).QuerySelector("#foutoverzicht")!.TextContent);

        // Invited: she gets her own invitation and sees the meeting and its case.
        AssertRedirect(await PostAsync(midwife, $"/overleggen/{meeting}/deelnemers?handler=Add", new() { ["Form.Add"] = colleagueId }));
        var invitation = (await NoticesAsync(meeting)).Last();
        Assert.Equal(colleagueId, invitation.UserId);
        Assert.Contains(invitation.Text, WebUtility.HtmlDecode(await colleague.GetStringAsync("/taken")));
        Assert.Contains(woman, await colleague.GetStringAsync($"/overleggen/{meeting}"));
        // Hers alone: the midwife of the same practice does not see it and cannot mark it read (refused and logged).
        Assert.DoesNotContain(name, WebUtility.HtmlDecode(await midwife.GetStringAsync("/taken")));
        AssertRefused(await PostAsync(midwife, "/taken?handler=Read", new() { ["noticeId"] = invitation.Id.ToString() }));
        Assert.Null((await NoticesAsync(meeting)).Last().ReadAt);
        AssertRedirect(await PostAsync(colleague, "/taken?handler=Read", new() { ["noticeId"] = invitation.Id.ToString() }));
        Assert.NotNull((await NoticesAsync(meeting)).Last().ReadAt);

        // The only organiser cannot be taken off.
        var last = await PostAsync(midwife, $"/overleggen/{meeting}/deelnemers?handler=Remove", new() { ["userId"] = midwifeId });
        Assert.Equal(HttpStatusCode.OK, last.StatusCode);
        Assert.Contains("laatste organisator", (await Forms.ParseAsync(last)).QuerySelector("#foutoverzicht")!.TextContent);

        // Taken off: the worker no longer sees the meeting, its case or its minutes, and the refusal is logged.
        Assert.Contains(woman, await worker.GetStringAsync($"/overleggen/{meeting}/casussen/{caseId}"));
        AssertRedirect(await PostAsync(midwife, $"/overleggen/{meeting}/deelnemers?handler=Remove", new() { ["userId"] = workerId }));
        foreach (var url in new[] { $"/overleggen/{meeting}", $"/overleggen/{meeting}/casussen/{caseId}", $"/overleggen/{meeting}/verslag" })
        {
            var response = await worker.GetAsync(url);
            AssertRefused(response);
            Assert.DoesNotContain(woman, await response.Content.ReadAsStringAsync());
        }
        Assert.DoesNotContain(name, await worker.GetStringAsync("/overleggen"));
        Assert.DoesNotContain(workerId, (await MeetingAsync(meeting)).Participants.Select(p => p.UserId));

        // With a second organiser, the first may go.
        AssertRedirect(await PostAsync(midwife, $"/overleggen/{meeting}/deelnemers?handler=Add", new() { ["Form.Add"] = workerId, ["Form.AsOrganisers"] = "true" }));
        AssertRedirect(await PostAsync(midwife, $"/overleggen/{meeting}/deelnemers?handler=Remove", new() { ["userId"] = midwifeId }));
        AssertRefused(await midwife.GetAsync($"/overleggen/{meeting}"));
        Assert.Equal(HttpStatusCode.OK, (await worker.GetAsync($"/overleggen/{meeting}/wijzigen")).StatusCode);

        await using var check = app.Scope();
        Assert.True(await check.ServiceProvider.GetRequiredService<KansrijkDb>().AccessLog.AnyAsync(e =>
            e.ObjectType == CaseMeetingService.ResourceType && e.ObjectId == meeting.ToString() && e.Outcome == AccessOutcome.Denied && e.UserId == workerId));
    }

    [Fact]
    public async Task Nobody_but_an_organiser_changes_cancels_or_invites_and_every_refusal_is_logged()
    {
        var midwife = await DemoLogin.AsAsync(app, DemoAccounts.Professional);
        var (meeting, _, _) = await PlanWithCaseAsync(midwife);
        var seen = await MeetingAsync(meeting);
        var nurseId = await UserIdAsync(DemoAccounts.JgzNurse.Email);
        var attackers = new Dictionary<string, HttpClient>
        {
            ["deelnemer die niet organiseert"] = await DemoLogin.AsAsync(app, DemoAccounts.NeighbourhoodWorker),
            ["collega van dezelfde organisatie"] = (await ColleagueAsync()).Client,
            ["andere organisatie"] = await DemoLogin.AsAsync(app, DemoAccounts.JgzNurse),
            ["coördinator"] = await DemoLogin.AsAsync(app, DemoAccounts.Coordinator),
            ["beheerder"] = await DemoLogin.AdministratorAsync(app),
        };
        foreach (var (who, client) in attackers)
        {
            foreach (var url in new[] { "wijzigen", "annuleren", "deelnemers" })
            {
                AssertRefused(await client.GetAsync($"/overleggen/{meeting}/{url}"));
            }
            AssertRefused(await PostAsync(client, $"/overleggen/{meeting}/wijzigen", Edit(seen, Today.AddDays(30).ToString("yyyy-MM-dd"), "08:00", who)));
            AssertRefused(await PostAsync(client, $"/overleggen/{meeting}/annuleren", new() { ["Confirmed"] = "true" }));
            AssertRefused(await PostAsync(client, $"/overleggen/{meeting}/deelnemers?handler=Add", new() { ["Form.Add"] = nurseId, ["Form.AsOrganisers"] = "true" }));
            AssertRefused(await PostAsync(client, $"/overleggen/{meeting}/deelnemers?handler=Remove", new() { ["userId"] = await UserIdAsync(DemoAccounts.Professional.Email) }));
        }
        var after = await MeetingAsync(meeting);
        Assert.Equal("Zaal 2", after.Place);
        Assert.Null(after.CancelledAt);
        Assert.Equal(2, after.Participants.Count);
        Assert.Equal(seen.Version, after.Version);

        await using var scope = app.Scope();
        var refusals = await scope.ServiceProvider.GetRequiredService<KansrijkDb>().AccessLog.AsNoTracking()
            .Where(e => e.ObjectType == CaseMeetingService.ResourceType && e.ObjectId == meeting.ToString() && e.Outcome == AccessOutcome.Denied).CountAsync();
        // The worker and the colleague fail on being an organiser of this meeting (logged under the meeting); the others may
        // already fail on the plan permission, logged under that permission.
        Assert.True(refusals >= 2 * 7, $"{refusals} refusals logged for the meeting");
    }

    [Fact]
    public async Task The_consent_explanation_for_a_case_meeting_names_the_organiser_says_what_is_shared_and_that_she_may_refuse_and_withdraw()
    {
        var midwife = await DemoLogin.AsAsync(app, DemoAccounts.Professional);
        var (meeting, _, _) = await PlanWithCaseAsync(midwife);
        var dutch = (await midwife.GetDocumentAsync($"/overleggen/{meeting}")).QuerySelector("#uitleg")!;
        Assert.Equal("nl", dutch.GetAttribute("lang"));
        var text = dutch.TextContent;
        Assert.Contains($"in het overleg van professionals dat {PathwayDemoData.MidwifePractice} organiseert", text);
        Assert.Contains("uw naam, hoe lang u zwanger bent, mijn vraag", text);
        Assert.Contains("U mag nee zeggen. Zegt u nee, dan krijgt u gewoon de zorg die u nu krijgt.", text);
        Assert.Contains("U kunt uw toestemming altijd intrekken.", text);
        // Not the text for passing data on: nobody will contact her because of the meeting.
        Assert.DoesNotContain("neemt dan contact met u op", text);

        var arabic = (await midwife.GetDocumentAsync($"/overleggen/{meeting}?taal=ar")).QuerySelector("#uitleg")!;
        Assert.Equal("rtl", arabic.GetAttribute("dir"));
        Assert.Contains(PathwayDemoData.MidwifePractice, arabic.TextContent);
        foreach (var language in ConsentTexts.Instance.Languages)
        {
            var explained = ConsentTexts.Explain(language, ConsentPurpose.CaseMeeting, "ORGANISATOR", "ORGANISATOR");
            Assert.Contains("ORGANISATOR", explained);
            Assert.DoesNotContain("{", explained);
            Assert.NotEqual(ConsentTexts.Explain(language, ConsentPurpose.Referral, "ORGANISATOR", "AANBOD").Replace("AANBOD", "ORGANISATOR"), explained);
        }
    }
}

[Collection(SqliteCollection.Name)]
[Trait(Kinds.Trait, Kinds.Sqlite)]
public sealed class MeetingChangeSqliteTests(SqliteApp app) : MeetingChangeTests(app);

[Collection(PostgresCollection.Name)]
[Trait(Kinds.Trait, Kinds.Postgres)]
public sealed class MeetingChangePostgresTests(PostgresApp app) : MeetingChangeTests(app);
