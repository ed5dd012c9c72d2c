using Kansrijk.Pathways;
using Kansrijk.Platform.Database;
using Kansrijk.Signalling;
using Kansrijk.Signalling.Responses;
using Kansrijk.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kansrijk.Tests.Signalling;

/// <summary>The counts for the process indicators: one woman screened in week 10 with advice on money, on both databases.</summary>
public abstract class SignallingCountsTests(KansrijkFactory app)
{
    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    [Fact]
    public async Task A_woman_screened_in_week_10_with_advice_on_money_is_counted_once()
    {
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<KansrijkDb>();
        var pathway = await db.Set<Pathway>().AsNoTracking().OrderByDescending(p => p.Id).FirstAsync();
        var week10 = pathway.DueDate.AddDays(-30 * 7).ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc);
        var counts = scope.ServiceProvider.GetRequiredService<SignallingCounts>();
        ScreeningYear? Find(IReadOnlyList<ScreeningYear> all) => all.SingleOrDefault(y => y.MunicipalityCode == pathway.MunicipalityCode && y.Year == week10.Year);
        var before = Find(await counts.ScreeningAsync(default));
        var start = new DateTime(week10.Year, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var screenedAlready = await db.SignallingResponses.AnyAsync(r => r.PathwayId == pathway.Id && r.SubmittedAt >= start && r.SubmittedAt < start.AddYears(1));

        var service = ActivatorUtilities.CreateInstance<SelfReportService>(scope.ServiceProvider, (TimeProvider)new FixedClock(new DateTimeOffset(week10)));
        var (_, code) = await service.InviteAsync(pathway.Id, "test-user", default);
        var access = await service.OpenAsync(code, default);
        await service.SaveAsync(access, "nl", new Dictionary<string, string?> { ["geld-rondkomen"] = "nee", ["geld-schulden"] = "ja" }, default);
        await service.SubmitAsync(access, default);
        // A second questionnaire of the same woman in the same year does not count her twice.
        (_, code) = await service.InviteAsync(pathway.Id, "test-user", default);
        access = await service.OpenAsync(code, default);
        await service.SaveAsync(access, "nl", new Dictionary<string, string?> { ["geld-rondkomen"] = "nee" }, default);
        await service.SubmitAsync(access, default);

        var after = Find(await counts.ScreeningAsync(default))!;
        if (!screenedAlready)
        {
            Assert.Equal((before?.Screened ?? 0) + 1, after.Screened);
            Assert.Equal((before?.ScreenedBeforeWeek16 ?? 0) + 1, after.ScreenedBeforeWeek16);
            Assert.Equal((before?.AdviceByDomain.GetValueOrDefault("geld-en-schulden") ?? 0) + 1, after.AdviceByDomain["geld-en-schulden"]);
        }
        Assert.DoesNotContain("relatie-en-gezin", after.AdviceByDomain.Keys.Except(before?.AdviceByDomain.Keys ?? []));
    }

    /// <summary>
    /// The counts read the domains kept at submit (here changed by hand, to show they are not rescored); a row sent before
    /// they were kept (null) is still scored from its answers. 2013 is this test's own year.
    /// </summary>
    [Fact]
    public async Task The_counts_read_the_kept_domains_and_score_only_rows_sent_before_they_were_kept()
    {
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<KansrijkDb>();
        var two = await db.Set<Pathway>().AsNoTracking().GroupBy(p => p.MunicipalityCode).Where(g => g.Count() >= 2)
            .Select(g => g.OrderBy(p => p.Id).Take(2).Select(p => p.Id).ToList()).FirstAsync();
        var service = ActivatorUtilities.CreateInstance<SelfReportService>(scope.ServiceProvider, (TimeProvider)new FixedClock(new DateTimeOffset(2013, 3, 1, 9, 0, 0, TimeSpan.Zero)));
        var responses = new List<int>();
        foreach (var pathway in two)
        {
            var (_, code) = await service.InviteAsync(pathway, "test-user", default);
            var access = await service.OpenAsync(code, default);
            await service.SaveAsync(access, "nl", new Dictionary<string, string?> { ["geld-rondkomen"] = "nee", ["geld-schulden"] = "ja" }, default);
            await service.SubmitAsync(access, default);
            responses.Add(access.Invitation!.Response!.Id);
        }
        await db.SignallingResponses.Where(r => r.Id == responses[0]).ExecuteUpdateAsync(u => u.SetProperty(r => r.AdviceDomainsKept, "wonen"));
        await db.SignallingResponses.Where(r => r.Id == responses[1]).ExecuteUpdateAsync(u => u.SetProperty(r => r.AdviceDomainsKept, (string?)null));

        var municipality = await db.Set<Pathway>().Where(p => p.Id == two[0]).Select(p => p.MunicipalityCode).SingleAsync();
        var year = (await scope.ServiceProvider.GetRequiredService<SignallingCounts>().ScreeningAsync(default)).Single(y => y.MunicipalityCode == municipality && y.Year == 2013);
        Assert.Equal(2, year.Screened);
        Assert.Equal(1, year.AdviceByDomain["wonen"]);
        Assert.Equal(1, year.AdviceByDomain["geld-en-schulden"]);
    }
}

[Collection(SqliteCollection.Name)]
[Trait(Kinds.Trait, Kinds.Sqlite)]
public sealed class SignallingCountsSqliteTests(SqliteApp app) : SignallingCountsTests(app);

[Collection(PostgresCollection.Name)]
[Trait(Kinds.Trait, Kinds.Postgres)]
public sealed class SignallingCountsPostgresTests(PostgresApp app) : SignallingCountsTests(app);
