using Kansrijk.Access.AccessLog;
using Kansrijk.Pathways;
using Kansrijk.Platform.Database;
using Kansrijk.Signalling.Instruments;
using Kansrijk.Signalling.Responses;
using Kansrijk.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kansrijk.Tests.Signalling;

/// <summary>The one-time code of the self-report on both databases: hashed, valid 14 days, answers until submitted, read-only after.</summary>
public abstract class SelfReportTests(KansrijkFactory app)
{
    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;
        public override DateTimeOffset GetUtcNow() => Now;
    }

    private static readonly DateTimeOffset Start = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    private static SelfReportService Service(IServiceProvider services, TimeProvider clock) =>
        ActivatorUtilities.CreateInstance<SelfReportService>(services, clock);

    private static async Task<int> APathwayAsync(IServiceProvider services) =>
        await services.GetRequiredService<KansrijkDb>().Set<Pathway>().OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();

    [Fact]
    public async Task The_code_is_short_unambiguous_and_only_its_keyed_hash_is_stored()
    {
        await using var scope = app.Scope();
        var service = Service(scope.ServiceProvider, new FixedClock(Start));
        var (invitation, code) = await service.InviteAsync(await APathwayAsync(scope.ServiceProvider), "test-user", default);

        Assert.Equal(InvitationCodes.Length, code.Length);
        Assert.DoesNotContain(code, c => "0O1IL5S2Z".Contains(c));
        Assert.NotEqual(code, invitation.CodeHash);
        Assert.DoesNotContain(code, invitation.CodeHash, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(Start.UtcDateTime.AddDays(14), invitation.ExpiresAt);
        // Typed on a phone: small letters, a space or the dash of the printed form.
        var typed = code[..4].ToLowerInvariant() + " - " + code[4..];
        Assert.Equal(CodeStatus.Open, (await service.OpenAsync(typed, default)).Status);
        Assert.Equal(CodeStatus.Unknown, (await service.OpenAsync("AAAA-AAAA", default)).Status);
        Assert.Equal(CodeStatus.Unknown, (await service.OpenAsync("", default)).Status);
    }

    [Fact]
    public async Task The_code_expires_after_14_days()
    {
        var clock = new FixedClock(Start);
        string code;
        await using (var scope = app.Scope())
        {
            code = (await Service(scope.ServiceProvider, clock).InviteAsync(await APathwayAsync(scope.ServiceProvider), "test-user", default)).Code;
        }
        clock.Now = Start.AddDays(14).AddSeconds(-1);
        await using (var scope = app.Scope())
        {
            Assert.Equal(CodeStatus.Open, (await Service(scope.ServiceProvider, clock).OpenAsync(code, default)).Status);
        }
        clock.Now = Start.AddDays(14);
        await using (var scope = app.Scope())
        {
            var expired = await Service(scope.ServiceProvider, clock).OpenAsync(code, default);
            Assert.Equal(CodeStatus.Expired, expired.Status);
            Assert.Null(expired.Invitation);
            Assert.NotNull(await Service(scope.ServiceProvider, clock).SaveAsync(expired, "nl", new Dictionary<string, string?> { ["geld-schulden"] = "ja" }, default));
        }
    }

    [Fact]
    public async Task Answers_are_saved_per_page_encrypted_in_the_published_version_and_read_only_after_submit()
    {
        var clock = new FixedClock(Start);
        string code;
        int pathway;
        await using (var scope = app.Scope())
        {
            pathway = await APathwayAsync(scope.ServiceProvider);
            code = (await Service(scope.ServiceProvider, clock).InviteAsync(pathway, "test-user", default)).Code;
        }
        await using (var scope = app.Scope())
        {
            var service = Service(scope.ServiceProvider, clock);
            Assert.Null(await service.SaveAsync(await service.OpenAsync(code, default), "ar",
                new Dictionary<string, string?> { ["geld-rondkomen"] = "nee", ["geld-schulden"] = "ja", ["niet-in-de-lijst"] = "x" }, default));
        }
        await using (var scope = app.Scope())
        {
            // She stops and comes back with the same code: a second page, and she takes one answer back.
            var service = Service(scope.ServiceProvider, clock);
            var access = await service.OpenAsync(code, default);
            Assert.Null(await service.SaveAsync(access, "ar",
                new Dictionary<string, string?> { ["geld-schulden"] = "", [SelfReportService.WishKey("geld-en-schulden")] = "ja" }, default));
            Assert.Null(await service.SubmitAsync(access, default));
        }
        await using (var scope = app.Scope())
        {
            var service = Service(scope.ServiceProvider, clock);
            var access = await service.OpenAsync(code, default);
            Assert.Equal(CodeStatus.Submitted, access.Status);
            Assert.True(access.CanRead);
            var response = access.Invitation!.Response!;
            Assert.Equal(new Dictionary<string, string> { ["geld-rondkomen"] = "nee", ["wens:geld-en-schulden"] = "ja" }, service.Answers(response));
            Assert.DoesNotContain("geld-rondkomen", response.AnswersEncrypted);
            Assert.Equal("ar", response.Language);
            Assert.Equal(FilledBy.Woman, response.FilledBy);
            var published = await scope.ServiceProvider.GetRequiredService<InstrumentService>().PublishedAsync(DefaultInstrument.Key, default);
            Assert.Equal(published!.Value.Version.Id, response.InstrumentVersionId);

            Assert.NotNull(await service.SaveAsync(access, "nl", new Dictionary<string, string?> { ["geld-rondkomen"] = "makkelijk" }, default));
            Assert.NotNull(await service.SubmitAsync(access, default));

            var db = scope.ServiceProvider.GetRequiredService<KansrijkDb>();
            var logged = await db.AccessLog.AsNoTracking()
                .Where(e => e.ClientId == pathway.ToString() && e.UserName == SelfReportService.WomanActor).Select(e => e.Details).ToListAsync();
            Assert.Contains("antwoorden opgeslagen", logged);
            Assert.Contains("vragenlijst verstuurd", logged);
        }
    }

    [Fact]
    public async Task The_rows_the_change_audit_writes_for_her_saves_name_her_as_the_actor_and_other_saves_keep_theirs()
    {
        var clock = new FixedClock(Start);
        await using var scope = app.Scope();
        var pathway = await APathwayAsync(scope.ServiceProvider);
        var service = Service(scope.ServiceProvider, clock);
        var (invitation, code) = await service.InviteAsync(pathway, "test-user", default);
        var access = await service.OpenAsync(code, default);
        Assert.Null(await service.SaveAsync(access, "nl", new Dictionary<string, string?> { ["geld-schulden"] = "ja" }, default));
        Assert.Null(await service.SubmitAsync(access, default));
        var response = access.Invitation!.Response!.Id.ToString();

        var db = scope.ServiceProvider.GetRequiredService<KansrijkDb>();
        var audit = await db.AccessLog.AsNoTracking()
            .Where(e => (e.ObjectType == nameof(SignallingResponse) && e.ObjectId == response)
                        || (e.ObjectType == nameof(SignallingInvitation) && e.ObjectId == invitation.Id.ToString() && e.Action != AccessAction.Read))
            .ToListAsync();
        // The rows ChangeAudit made for her saves (the response created and changed, the invitation linked to it).
        var hers = audit.Where(e => e.Details != "antwoorden opgeslagen" && e.Details != "vragenlijst verstuurd" && !(e.ObjectType == nameof(SignallingInvitation) && e.Action == AccessAction.Create)).ToList();
        Assert.Contains(hers, e => e.ObjectType == nameof(SignallingResponse) && e.Action == AccessAction.Create);
        Assert.Contains(hers, e => e.ObjectType == nameof(SignallingResponse) && e.Action == AccessAction.Update);
        Assert.All(hers, e => Assert.Equal(SelfReportService.WomanActor, e.UserName));
        // The invitation the professional's path made (here outside a request) is not hers.
        var made = Assert.Single(audit, e => e.ObjectType == nameof(SignallingInvitation) && e.Action == AccessAction.Create);
        Assert.Equal("systeem", made.UserName);
        // And the scope ends with her save.
        var writer = scope.ServiceProvider.GetRequiredService<AccessLogWriter>();
        Assert.Equal("systeem", writer.Entry(new(AccessAction.Read, "Test")).UserName);
    }

    [Fact]
    public async Task A_sent_questionnaire_keeps_its_domains_with_advice_for_the_counts()
    {
        var clock = new FixedClock(Start);
        await using var scope = app.Scope();
        var service = Service(scope.ServiceProvider, clock);
        var (_, code) = await service.InviteAsync(await APathwayAsync(scope.ServiceProvider), "test-user", default);
        var access = await service.OpenAsync(code, default);
        Assert.Null(await service.SaveAsync(access, "nl", new Dictionary<string, string?> { ["geld-rondkomen"] = "nee", ["geld-schulden"] = "ja" }, default));
        Assert.Null(access.Invitation!.Response!.AdviceDomainsKept);
        Assert.Null(await service.SubmitAsync(access, default));
        Assert.Equal("geld-en-schulden", access.Invitation.Response.AdviceDomainsKept);
    }
}

[Collection(SqliteCollection.Name)]
[Trait(Kinds.Trait, Kinds.Sqlite)]
public sealed class SelfReportSqliteTests(SqliteApp app) : SelfReportTests(app);

[Collection(PostgresCollection.Name)]
[Trait(Kinds.Trait, Kinds.Postgres)]
public sealed class SelfReportPostgresTests(PostgresApp app) : SelfReportTests(app);
