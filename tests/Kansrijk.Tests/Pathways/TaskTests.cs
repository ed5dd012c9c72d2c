using System.Net;
using Kansrijk.Access.AccessLog;
using Kansrijk.Demo;
using Kansrijk.Pathways;
using Kansrijk.Pathways.Notices;
using Kansrijk.Pathways.Retention;
using Kansrijk.Platform.Database;
using Kansrijk.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Kansrijk.Tests.Pathways;

/// <summary>
/// Notices, "Mijn taken", the reminder, retention and mail jobs, on a clock the test moves: the midwife (Den Haag)
/// refers to the wijkteam; the JGZ nurse of Haarlem, not involved, sees nothing of it and cannot touch its notices.
/// </summary>
public abstract class TaskTests(TasksApp fixture)
{
    private const string Phone = "06 2468 1357";
    private const string Reason = "Zorgen over de huur en de energierekening";
    private const string Postcode = "2526";
    private KansrijkFactory App => fixture.App;
    private DateOnly Today => DateOnly.FromDateTime(fixture.Clock.GetUtcNow().UtcDateTime);
    private DateOnly BirthDate => Today.AddYears(-23).AddDays(-17);

    private sealed record Opened(int Pathway, int Referral, string Name);

    /// <summary>The midwife opens a pathway, records consent and refers to the wijkteam, through the pages.</summary>
    private async Task<Opened> ReferAsync(HttpClient midwife)
    {
        var name = "Tessa Taak" + TestNames.Letters();
        var opened = await midwife.PostFormAsync("/trajecten/nieuw", new Dictionary<string, string>
        {
            ["Name"] = name,
            ["BirthDate"] = BirthDate.ToString("yyyy-MM-dd"),
            ["Phone"] = Phone,
            ["Email"] = "tessa@example.net",
            ["MunicipalityCode"] = "GM0518",
            ["Postcode"] = Postcode,
            ["DueDate"] = Today.AddDays(120).ToString("yyyy-MM-dd"),
        });
        Assert.True(opened.StatusCode == HttpStatusCode.Redirect, await opened.Content.ReadAsStringAsync());
        var pathway = int.Parse(Forms.PathOf(opened.Headers.Location).Split('/').Last());
        await using var scope = App.Scope();
        var db = scope.ServiceProvider.GetRequiredService<KansrijkDb>();
        var offer = await db.Offers.Where(o => o.Organisation!.Name == PathwayDemoData.DenHaagWorkerOrganisation).Select(o => o.Id).FirstAsync();
        var token = await midwife.TokenAsync("/trajecten/nieuw");
        var consent = await midwife.PostAsync($"/trajecten/{pathway}?handler=Consent", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["ConsentForm.OfferId"] = offer.ToString(),
            ["ConsentForm.GivenBy"] = "Woman",
            ["ConsentForm.Manner"] = "Spoken",
            ["ConsentForm.Language"] = "nl",
            ["ConsentForm.Confirmed"] = "true",
        }));
        Assert.Equal(HttpStatusCode.Redirect, consent.StatusCode);
        var refer = await midwife.PostAsync($"/trajecten/{pathway}?handler=Refer", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["ReferForm.OfferIds"] = offer.ToString(),
            ["ReferForm.Reason"] = Reason,
            ["ReferForm.Agreed"] = "Het wijkteam belt haar donderdag",
            ["ReferForm.ReferrerContact"] = "070 000 0101",
        }));
        Assert.Equal(HttpStatusCode.Redirect, refer.StatusCode);
        var referral = await db.Set<Referral>().Where(r => r.PathwayId == pathway).Select(r => r.Id).SingleAsync();
        return new Opened(pathway, referral, name);
    }

    private async Task<List<Notice>> NoticesAsync(Func<Notice, bool>? where = null)
    {
        await using var scope = App.Scope();
        var all = await scope.ServiceProvider.GetRequiredService<KansrijkDb>().Set<Notice>().AsNoTracking().ToListAsync();
        return [.. all.Where(where ?? (_ => true))];
    }

    private async Task<int> OrganisationAsync(string name)
    {
        await using var scope = App.Scope();
        return await scope.ServiceProvider.GetRequiredService<KansrijkDb>().Organisations.Where(o => o.Name == name).Select(o => o.Id).SingleAsync();
    }

    private async Task<int> RunAsync<TWork>() where TWork : IScheduledWork
    {
        await using var scope = App.Scope();
        return await scope.ServiceProvider.GetRequiredService<TWork>().RunAsync(CancellationToken.None);
    }

    /// <summary>Nothing that tells who she is or what she said, in any of its usual forms.</summary>
    private void AssertNoClientData(string text, Opened opened)
    {
        var nl = System.Globalization.CultureInfo.GetCultureInfo("nl-NL");
        foreach (var secret in new[]
        {
            opened.Name, "Tessa", Phone, Phone.Replace(" ", ""), "tessa@example.net", Reason, "huur", Postcode,
            BirthDate.ToString("yyyy-MM-dd"), BirthDate.ToString("dd-MM-yyyy"), BirthDate.ToString("d MMMM yyyy", nl), "Fenna", "Sara",
        })
        {
            Assert.DoesNotContain(secret, text, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task A_new_referral_and_a_status_change_tell_the_other_side_without_client_data()
    {
        var midwife = await DemoLogin.AsAsync(App, DemoAccounts.Professional);
        var worker = await DemoLogin.AsAsync(App, DemoAccounts.NeighbourhoodWorker);
        var opened = await ReferAsync(midwife);
        var wijkteam = await OrganisationAsync(PathwayDemoData.DenHaagWorkerOrganisation);
        var practice = await OrganisationAsync(PathwayDemoData.MidwifePractice);

        var received = Assert.Single(await NoticesAsync(n => n.Url == $"/verwijzingen/{opened.Referral}"));
        Assert.Equal(wijkteam, received.OrganisationId);
        Assert.Contains($"Nieuwe verwijzing {opened.Referral}", received.Text);
        AssertNoClientData(received.Text, opened);

        // The wijkteam sees it on "Mijn taken", with the count in the menu; marking it read counts for the team.
        var tasks = WebUtility.HtmlDecode(await worker.GetStringAsync("/taken"));
        Assert.Contains(received.Text, tasks);
        Assert.Contains("kansrijk-nav__count", tasks);
        AssertNoClientData(tasks[tasks.IndexOf("<main", StringComparison.Ordinal)..], opened);
        var read = await worker.PostAsync("/taken?handler=Read", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await worker.TokenAsync("/taken"),
            ["noticeId"] = received.Id.ToString(),
        }));
        Assert.Equal(HttpStatusCode.Redirect, read.StatusCode);
        Assert.NotNull(Assert.Single(await NoticesAsync(n => n.Id == received.Id)).ReadAt);

        var moved = await worker.PostFormAsync($"/verwijzingen/{opened.Referral}", new Dictionary<string, string> { ["Status"] = "ContactMade" },
            action: $"/verwijzingen/{opened.Referral}?handler=Status");
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        var status = Assert.Single(await NoticesAsync(n => n.OrganisationId == practice && n.Text.StartsWith($"Verwijzing {opened.Referral} ", StringComparison.Ordinal)));
        Assert.Equal($"/trajecten/{opened.Pathway}#verwijzingen", status.Url);
        Assert.Contains("contact gelegd", status.Text);
        AssertNoClientData(status.Text, opened);

        // A withdrawal tells the receiver at once: no more contact on this referral.
        var form = (await midwife.GetDocumentAsync($"/trajecten/{opened.Pathway}")).QuerySelector("form[action*=Withdraw]")!;
        var withdraw = await midwife.PostFormAsync($"/trajecten/{opened.Pathway}", new Dictionary<string, string>(), "form[action*=Withdraw]", form.GetAttribute("action"));
        Assert.Equal(HttpStatusCode.Redirect, withdraw.StatusCode);
        var withdrawn = Assert.Single(await NoticesAsync(n => n.OrganisationId == wijkteam && n.Text.Contains("toestemming is ingetrokken") && n.Url == $"/verwijzingen/{opened.Referral}"));
        AssertNoClientData(withdrawn.Text, opened);
    }

    [Fact]
    public async Task A_referral_quiet_for_14_days_is_on_both_task_lists_once_and_nowhere_else()
    {
        var midwife = await DemoLogin.AsAsync(App, DemoAccounts.Professional);
        var opened = await ReferAsync(midwife);
        var wijkteam = await OrganisationAsync(PathwayDemoData.DenHaagWorkerOrganisation);
        var practice = await OrganisationAsync(PathwayDemoData.MidwifePractice);

        await RunAsync<StaleReferralReminders>();
        Assert.Empty(await NoticesAsync(n => n.Key != null && n.Key.Contains($":{opened.Referral}:")));

        // The scheduler runs on the app's clock too: when it jumps 15 days, the daily reminder it missed may fire at the
        // same moment as this run. Either way each side gets one reminder, and a later run adds nothing.
        fixture.Clock.Advance(TimeSpan.FromDays(15));
        await RunAsync<StaleReferralReminders>();
        Assert.Equal(0, await RunAsync<StaleReferralReminders>());
        var reminders = await NoticesAsync(n => n.Key != null && n.Key.Contains($":{opened.Referral}:"));
        Assert.Equal(2, reminders.Count);
        var forReceiver = Assert.Single(reminders, n => n.OrganisationId == wijkteam);
        var forReferrer = Assert.Single(reminders, n => n.OrganisationId == practice);
        Assert.Equal($"/verwijzingen/{opened.Referral}", forReceiver.Url);
        Assert.Equal($"/trajecten/{opened.Pathway}#verwijzingen", forReferrer.Url);
        Assert.Contains("15 dagen niets veranderd", forReceiver.Text);
        reminders.ForEach(n => AssertNoClientData(n.Text, opened));

        // Both sides have it on "Mijn taken" (signed in after the 15 days: a session lasts 12 hours).
        var worker = await DemoLogin.AsAsync(App, DemoAccounts.NeighbourhoodWorker);
        midwife = await DemoLogin.AsAsync(App, DemoAccounts.Professional);
        var workerTasks = WebUtility.HtmlDecode(await worker.GetStringAsync("/taken"));
        Assert.Contains($"href=\"/verwijzingen/{opened.Referral}\"", workerTasks);
        Assert.Contains("Te laat", workerTasks);
        var midwifeTasks = WebUtility.HtmlDecode(await midwife.GetStringAsync("/taken"));
        Assert.Contains($"href=\"/trajecten/{opened.Pathway}#verwijzingen\"", midwifeTasks);
        AssertNoClientData(workerTasks[workerTasks.IndexOf("<main", StringComparison.Ordinal)..], opened);

        // Attacker: the JGZ nurse of Haarlem sees nothing of it, and cannot mark the wijkteam's notice read.
        var nurse = await DemoLogin.AsAsync(App, DemoAccounts.JgzNurse);
        var nurseTasks = await nurse.GetStringAsync("/taken");
        Assert.DoesNotContain($"/verwijzingen/{opened.Referral}\"", nurseTasks);
        Assert.DoesNotContain($"/trajecten/{opened.Pathway}#", nurseTasks);
        Assert.DoesNotContain($"Verwijzing {opened.Referral} ", nurseTasks);
        var started = fixture.Clock.GetUtcNow().UtcDateTime.AddSeconds(-1);
        var steal = await nurse.PostAsync("/taken?handler=Read", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await nurse.TokenAsync("/taken"),
            ["noticeId"] = forReceiver.Id.ToString(),
        }));
        Assert.Equal("/geen-toegang", Forms.PathOf(steal.Headers.Location));
        Assert.Null(Assert.Single(await NoticesAsync(n => n.Id == forReceiver.Id)).ReadAt);
        await using var scope = App.Scope();
        var db = scope.ServiceProvider.GetRequiredService<KansrijkDb>();
        Assert.True(await db.AccessLog.AnyAsync(e => e.UserName == DemoAccounts.JgzNurse.Email && e.Outcome == AccessOutcome.Denied
            && e.ObjectType == "Melding" && e.ObjectId == forReceiver.Id.ToString() && e.OccurredAt >= started));
    }

    [Fact]
    public async Task Retention_removes_her_personal_data_a_year_after_closure_and_keeps_the_counts()
    {
        var midwife = await DemoLogin.AsAsync(App, DemoAccounts.Professional);
        var worker = await DemoLogin.AsAsync(App, DemoAccounts.NeighbourhoodWorker);
        var old = await ReferAsync(midwife);
        var recent = await ReferAsync(midwife);

        // Closing takes a reason and a confirmation; an empty form changes nothing.
        var empty = await midwife.PostFormAsync($"/trajecten/{old.Pathway}/afsluiten", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Contains("Kies waarom", WebUtility.HtmlDecode(await empty.Content.ReadAsStringAsync()));
        foreach (var p in new[] { old, recent })
        {
            var closed = await midwife.PostFormAsync($"/trajecten/{p.Pathway}/afsluiten",
                new Dictionary<string, string> { ["Reason"] = PathwayClosing.Reasons[0], ["Confirmed"] = "true" }, "main form[method=post]");
            Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        }
        Assert.DoesNotContain(old.Name, await midwife.GetStringAsync("/trajecten"));
        Assert.Contains("is afgesloten op", WebUtility.HtmlDecode(await midwife.GetStringAsync($"/trajecten/{old.Pathway}")));

        await using var scope = App.Scope();
        var db = scope.ServiceProvider.GetRequiredService<KansrijkDb>();
        var now = fixture.Clock.GetUtcNow().UtcDateTime;
        await db.Set<Pathway>().Where(p => p.Id == old.Pathway).ExecuteUpdateAsync(s => s.SetProperty(p => p.ClosedAt, now.AddMonths(-13)));
        await db.Set<Pathway>().Where(p => p.Id == recent.Pathway).ExecuteUpdateAsync(s => s.SetProperty(p => p.ClosedAt, now.AddMonths(-11)));
        var before = await db.Set<Pathway>().AsNoTracking().Include(p => p.Referrals).SingleAsync(p => p.Id == old.Pathway);
        var countBefore = await db.Set<Pathway>().CountAsync(p => p.MunicipalityCode == "GM0518");

        await RunAsync<PathwayRetention>();
        Assert.Equal(0, await RunAsync<PathwayRetention>()); // safe to run again

        var after = await db.Set<Pathway>().AsNoTracking().Include(p => p.Referrals).ThenInclude(r => r.Changes).SingleAsync(p => p.Id == old.Pathway);
        Assert.NotNull(after.AnonymisedAt);
        Assert.Equal("", after.NameEncrypted);
        Assert.Equal("", after.BirthDateEncrypted);
        Assert.Equal("", after.IdentityHash);
        Assert.Equal("", after.Postcode4);
        Assert.Null(after.PhoneEncrypted);
        Assert.Null(after.EmailEncrypted);
        var referral = Assert.Single(after.Referrals);
        Assert.Equal("", referral.ReasonEncrypted);
        Assert.Equal("", referral.AgreedEncrypted);
        // The ciphertext and the hash are nowhere in the client tables any more.
        Assert.False(await db.Set<Pathway>().AnyAsync(p => p.NameEncrypted == before.NameEncrypted || p.IdentityHash == before.IdentityHash
            || p.PhoneEncrypted == before.PhoneEncrypted || p.BirthDateEncrypted == before.BirthDateEncrypted));
        Assert.False(await db.Set<Referral>().AnyAsync(r => r.ReasonEncrypted == before.Referrals[0].ReasonEncrypted));
        Assert.False(await StoredAnywhereAsync(before.NameEncrypted));
        Assert.False(await StoredAnywhereAsync(before.IdentityHash));
        // What the indicators count is still there.
        Assert.Equal(countBefore, await db.Set<Pathway>().CountAsync(p => p.MunicipalityCode == "GM0518"));
        Assert.Equal(PathwayClosing.Reasons[0], after.ClosedReason);
        Assert.Equal(ReferralStatus.Registered, referral.Status);
        Assert.Single(referral.Changes);
        Assert.True(await db.AccessLog.AnyAsync(e => e.ClientId == old.Pathway.ToString() && e.Action == AccessAction.Delete && e.Details!.Contains("bewaartermijn")));

        // Closed 11 months ago: kept as it was.
        var kept = await db.Set<Pathway>().AsNoTracking().SingleAsync(p => p.Id == recent.Pathway);
        Assert.Null(kept.AnonymisedAt);
        Assert.NotEqual("", kept.NameEncrypted);
        Assert.NotEqual("", kept.IdentityHash);

        // Nobody opens the emptied pathway; the receiver keeps the course of her referral, without anything about her.
        Assert.Equal("/geen-toegang", Forms.PathOf((await midwife.GetAsync($"/trajecten/{old.Pathway}")).Headers.Location));
        var receivedPage = WebUtility.HtmlDecode(await worker.GetStringAsync($"/verwijzingen/{old.Referral}"));
        Assert.Contains(ClientDataProtector.Erased, receivedPage);
        AssertNoClientData(receivedPage[receivedPage.IndexOf("<main", StringComparison.Ordinal)..], old);
    }

    [Fact]
    public async Task Mail_tells_the_receiving_organisation_through_smtp_and_holds_no_client_data()
    {
        var midwife = await DemoLogin.AsAsync(App, DemoAccounts.Professional);
        var opened = await ReferAsync(midwife);

        await RunAsync<NoticeMailer>();
        var messages = await fixture.Smtp.WaitForAsync("wijkteam-denhaag@example.org", TimeSpan.FromSeconds(30));
        var mail = Assert.Single(messages, m => m.To.Contains("wijkteam-denhaag@example.org"));
        Assert.Equal(NoticeMailer.Subject, mail.Subject);
        Assert.Contains("kansrijk@example.org", mail.From);
        Assert.Contains("https://kansrijk.example.org/taken", mail.Source);
        foreach (var message in messages) AssertNoClientData(message.Subject + "\n" + message.Source, opened);
        Assert.DoesNotContain(PathwayDemoData.DenHaagWorkerOrganisation, mail.Source); // not even the offer or the team

        // Once per notice: the next run sends nothing more for it.
        Assert.Equal(0, await RunAsync<NoticeMailer>());
        Assert.Single(await fixture.Smtp.MessagesAsync(), m => m.To.Contains("wijkteam-denhaag@example.org"));
    }

    [Fact]
    public async Task The_jobs_run_from_the_scheduler_on_the_configured_schedule()
    {
        var scheduler = await App.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        // The hosted service starts the scheduler once the app has started, a moment after the first request can come in.
        for (var i = 0; i < 100 && scheduler.Status != SchedulerStatus.Running; i++) await Task.Delay(100);
        Assert.Equal(SchedulerStatus.Running, scheduler.Status);
        var trigger = Assert.IsAssignableFrom<ICronTrigger>(await scheduler.GetTrigger(new TriggerKey("herinneringen")));
        Assert.Equal(TasksApp.ReminderSchedule, trigger.CronExpressionString);
        Assert.NotNull(await scheduler.GetTrigger(new TriggerKey("bewaartermijn")));
        Assert.NotNull(await scheduler.GetTrigger(new TriggerKey("e-mail")));
    }

    /// <summary>Whether the value is anywhere in the client tables, as text.</summary>
    protected abstract Task<bool> StoredAnywhereAsync(string value);
}

[Trait(Kinds.Trait, Kinds.Sqlite)]
public sealed class TaskSqliteTests(SqliteTasksApp fixture) : TaskTests(fixture), IClassFixture<SqliteTasksApp>
{
    protected override async Task<bool> StoredAnywhereAsync(string value)
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection(fixture.App.ConnectionString);
        await connection.OpenAsync();
        foreach (var (table, column) in new[] { ("Pathways", "NameEncrypted"), ("Pathways", "IdentityHash"), ("Referrals", "ReasonEncrypted") })
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT count(*) FROM \"{table}\" WHERE \"{column}\" = $v";
            command.Parameters.AddWithValue("$v", value);
            if ((long)(await command.ExecuteScalarAsync())! > 0) return true;
        }
        return false;
    }
}

[Trait(Kinds.Trait, Kinds.Postgres)]
public sealed class TaskPostgresTests(PostgresTasksApp fixture) : TaskTests(fixture), IClassFixture<PostgresTasksApp>
{
    protected override async Task<bool> StoredAnywhereAsync(string value)
    {
        await using var connection = new Npgsql.NpgsqlConnection(fixture.App.ConnectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new Npgsql.NpgsqlCommand($"SELECT table_name FROM information_schema.tables WHERE table_schema = '{PathwaySchema.Name}'", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        }
        foreach (var table in tables)
        {
            await using var search = new Npgsql.NpgsqlCommand($"SELECT count(*) FROM \"{PathwaySchema.Name}\".\"{table}\" t WHERE t::text LIKE @p", connection);
            search.Parameters.AddWithValue("p", "%" + value + "%");
            if ((long)(await search.ExecuteScalarAsync())! > 0) return true;
        }
        return false;
    }
}
