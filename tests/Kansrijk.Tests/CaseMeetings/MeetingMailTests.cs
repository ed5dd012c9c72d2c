using System.Net;
using Kansrijk.Access;
using Kansrijk.Demo;
using Kansrijk.Pathways.Notices;
using Kansrijk.Tests.Infrastructure;
using Kansrijk.Tests.Pathways;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Kansrijk.Tests.CaseMeetings;

/// <summary>
/// With SMTP on, an invitation to a case meeting reaches the invited professional at her own address through the
/// notice mail job: the meeting's name, date and a link, nothing about a case.
/// </summary>
public abstract class MeetingMailTests(TasksApp fixture)
{
    [Fact]
    public async Task An_invitation_is_mailed_to_the_invited_professional_with_only_the_meeting_date_and_link()
    {
        var app = fixture.App;
        var midwife = await DemoLogin.AsAsync(app, DemoAccounts.Professional);
        string workerId;
        await using (var scope = app.Scope())
        {
            workerId = (await scope.ServiceProvider.GetRequiredService<UserManager<User>>().FindByEmailAsync(DemoAccounts.NeighbourhoodWorker.Email))!.Id;
        }
        var name = "MDO mail " + Guid.NewGuid().ToString("N")[..6];
        var today = DateOnly.FromDateTime(fixture.Clock.GetUtcNow().UtcDateTime);
        var planned = await midwife.PostAsync("/overleggen/nieuw", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await midwife.TokenAsync("/"),
            ["Form.Name"] = name,
            ["Form.Kind"] = "Mdo",
            ["Form.Date"] = today.AddDays(4).ToString("yyyy-MM-dd"),
            ["Form.Time"] = "13:00",
            ["Form.Place"] = "Zaal 3",
            ["Form.Participants"] = workerId,
        }));
        Assert.True(planned.StatusCode == HttpStatusCode.Redirect, await planned.Content.ReadAsStringAsync());
        var meeting = int.Parse(Forms.PathOf(planned.Headers.Location).Split('/').Last());

        await using (var scope = app.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<NoticeMailer>().RunAsync(CancellationToken.None);
        }
        var messages = await fixture.Smtp.WaitForAsync(DemoAccounts.NeighbourhoodWorker.Email, TimeSpan.FromSeconds(30));
        var mail = Assert.Single(messages, m => m.To.Contains(DemoAccounts.NeighbourhoodWorker.Email) && m.Subject == NoticeMailer.PersonalSubject);
        Assert.Contains(name, mail.Source);
        Assert.Contains($"https://kansrijk.example.org/overleggen/{meeting}", mail.Source);
        Assert.Contains("geen gegevens over cli", mail.Source);
        // The one who planned it gets nothing.
        Assert.DoesNotContain(await fixture.Smtp.MessagesAsync(), m => m.To.Contains(DemoAccounts.Professional.Email) && m.Source.Contains(name));
    }
}

[Trait(Kinds.Trait, Kinds.Sqlite)]
public sealed class MeetingMailSqliteTests(SqliteTasksApp fixture) : MeetingMailTests(fixture), IClassFixture<SqliteTasksApp>;

[Trait(Kinds.Trait, Kinds.Postgres)]
public sealed class MeetingMailPostgresTests(PostgresTasksApp fixture) : MeetingMailTests(fixture), IClassFixture<PostgresTasksApp>;
