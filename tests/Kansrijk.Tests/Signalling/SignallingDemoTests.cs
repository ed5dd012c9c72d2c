using Kansrijk.Demo;
using Kansrijk.Pathways;
using Kansrijk.Platform.Database;
using Kansrijk.Signalling.Instruments;
using Kansrijk.Signalling.Responses;
using Kansrijk.Signalling.Scoring;
using Kansrijk.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kansrijk.Tests.Signalling;

/// <summary>The signalling demo on both databases: a Dutch and an Arabic submitted self-report of fictional women, once.</summary>
public abstract class SignallingDemoTests(KansrijkFactory app)
{
    private async Task<List<SignallingResponse>> DemoResponsesAsync()
    {
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<KansrijkDb>();
        return await db.SignallingResponses.AsNoTracking()
            .Where(r => r.FilledBy == FilledBy.Woman && db.Set<Pathway>().Any(p => p.Id == r.PathwayId && p.IsFictional))
            .OrderBy(r => r.Id).ToListAsync();
    }

    [Fact]
    public async Task The_demo_has_a_dutch_and_an_arabic_self_report_with_advice_and_seeding_again_adds_nothing()
    {
        var before = await DemoResponsesAsync();
        var dutch = before.First(r => r.Language == "nl");
        var arabic = before.First(r => r.Language == "ar");
        await using (var scope = app.Scope())
        {
            var reports = scope.ServiceProvider.GetRequiredService<SelfReportService>();
            var instruments = scope.ServiceProvider.GetRequiredService<InstrumentService>();
            foreach (var (response, advice) in new[] { (dutch, "geld-en-schulden"), (arabic, "wonen") })
            {
                Assert.NotNull(response.SubmittedAt);
                Assert.DoesNotContain(advice, response.AnswersEncrypted);
                var definition = (await instruments.FindAsync(response.InstrumentVersionId, default))!.Value.Definition;
                var score = ScoringEngine.Score(definition, reports.Answers(response), partnerPresent: true);
                Assert.Equal(DomainResult.Advies, score[advice].Result);
                Assert.Contains(score.Domains, d => d.Result == DomainResult.Aandacht);
            }
        }

        await using (var scope = app.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoData>().SeedAsync();
            // Even when its marker is gone, the existing reports keep a second run from adding them again.
            var db = scope.ServiceProvider.GetRequiredService<KansrijkDb>();
            await db.DemoRecords.Where(r => r.Key == "signalering").ExecuteDeleteAsync();
            await scope.ServiceProvider.GetRequiredService<SignallingDemoData>().SeedAsync();
        }
        Assert.Equal(before.Select(r => r.Id), (await DemoResponsesAsync()).Select(r => r.Id));
    }
}

[Collection(SqliteCollection.Name)]
[Trait(Kinds.Trait, Kinds.Sqlite)]
public sealed class SignallingDemoSqliteTests(SqliteApp app) : SignallingDemoTests(app);

[Collection(PostgresCollection.Name)]
[Trait(Kinds.Trait, Kinds.Postgres)]
public sealed class SignallingDemoPostgresTests(PostgresApp app) : SignallingDemoTests(app);
