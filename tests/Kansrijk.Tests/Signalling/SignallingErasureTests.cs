using System.Globalization;
using Kansrijk.Pathways;
using Kansrijk.Platform.Database;
using Kansrijk.Signalling;
using Kansrijk.Signalling.Responses;
using Kansrijk.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kansrijk.Tests.Signalling;

/// <summary>
/// When her pathway is anonymised (her request, or the retention period) her answers and codes go with it; only the date
/// and the domains that gave advice stay, so the process indicators keep counting her.
/// </summary>
public abstract class SignallingErasureTests(KansrijkFactory app)
{
    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    [Fact]
    public async Task Anonymising_her_pathway_erases_her_answers_and_codes_but_keeps_her_in_the_counts()
    {
        var clock = new FixedClock(new DateTimeOffset(2010, 3, 1, 9, 0, 0, TimeSpan.Zero));
        int pathway;
        await using (var scope = app.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KansrijkDb>();
            var protector = scope.ServiceProvider.GetRequiredService<ClientDataProtector>();
            var organisation = await db.Organisations.Where(o => o.Name == PathwayDemoData.MidwifePractice).Select(o => o.Id).SingleAsync();
            var name = "Wissen Fictief " + TestNames.Letters();
            var birth = new DateOnly(1994, 5, 5);
            var p = new Pathway
            {
                OrganisationId = organisation,
                OpenedByUserId = "test-user",
                OpenedAt = clock.GetUtcNow().UtcDateTime,
                IsFictional = true,
                NameEncrypted = protector.Protect(ClientFields.Name, name),
                BirthDateEncrypted = protector.Protect(ClientFields.BirthDate, birth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                IdentityHash = protector.IdentityHash(name, birth),
                MunicipalityCode = "GM0080",
                Postcode4 = "8911",
                DueDate = new DateOnly(2010, 8, 1),
            };
            db.Add(p);
            await db.SaveChangesAsync();
            pathway = p.Id;
        }
        await using (var scope = app.Scope())
        {
            var service = ActivatorUtilities.CreateInstance<SelfReportService>(scope.ServiceProvider, clock);
            var code = (await service.InviteAsync(pathway, "test-user", default)).Code;
            var access = await service.OpenAsync(code, default);
            Assert.Null(await service.SaveAsync(access, "nl", new Dictionary<string, string?> { ["geld-schulden"] = "ja", ["welzijn-toelichting"] = "mijn verhaal" }, default));
            Assert.Null(await service.SubmitAsync(access, default));
        }
        await using (var scope = app.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KansrijkDb>();
            await scope.ServiceProvider.GetRequiredService<PathwayAnonymiser>().AnonymiseAsync(await db.Set<Pathway>().SingleAsync(p => p.Id == pathway), default);
            await db.SaveChangesAsync();
        }
        await using (var scope = app.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KansrijkDb>();
            var response = await db.SignallingResponses.AsNoTracking().SingleAsync(r => r.PathwayId == pathway);
            Assert.Equal("", response.AnswersEncrypted);
            Assert.Equal("geld-en-schulden", response.AdviceDomainsKept);
            Assert.NotNull(response.SubmittedAt);
            Assert.False(await db.SignallingInvitations.AnyAsync(i => i.PathwayId == pathway));
            Assert.Empty(scope.ServiceProvider.GetRequiredService<SelfReportService>().Answers(response));

            var counted = Assert.Single(await scope.ServiceProvider.GetRequiredService<SignallingCounts>().ScreeningAsync(default),
                s => s.MunicipalityCode == "GM0080" && s.Year == 2010);
            Assert.Equal(1, counted.Screened);
            Assert.Equal(1, counted.AdviceByDomain["geld-en-schulden"]);
        }
    }
}

[Collection(SqliteCollection.Name)]
[Trait(Kinds.Trait, Kinds.Sqlite)]
public sealed class SignallingErasureSqliteTests(SqliteApp app) : SignallingErasureTests(app);

[Collection(PostgresCollection.Name)]
[Trait(Kinds.Trait, Kinds.Postgres)]
public sealed class SignallingErasurePostgresTests(PostgresApp app) : SignallingErasureTests(app);
