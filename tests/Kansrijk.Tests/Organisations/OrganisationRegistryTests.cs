using System.Net;
using Kansrijk.Demo;
using Kansrijk.Organisations;
using Kansrijk.Pathways;
using Kansrijk.Platform.Database;
using Kansrijk.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kansrijk.Tests.Organisations;

/// <summary>
/// The registry of organisations: kind, AGB code, KvK number and intake inbox are kept and checked, and other modules get
/// a contact point through <see cref="OrganisationDirectory"/>.
/// </summary>
public abstract class OrganisationRegistryTests(KansrijkFactory app)
{
    [Fact]
    public async Task A_coordinator_records_kind_numbers_and_intake_inbox_and_a_wrong_number_is_refused_keeping_what_was_typed()
    {
        var coordinator = await DemoLogin.AsAsync(app, DemoAccounts.Coordinator);
        var fields = new Dictionary<string, string>
        {
            ["Name"] = "JGZ Zuid-Kennemerland (test)",
            ["Kind"] = nameof(OrganisationKind.Jgz),
            ["AgbCode"] = "1234",
            ["KvkNumber"] = "12 34",
            ["IntakeEmail"] = "intake-zonder-apenstaart",
            ["Phone"] = "023 000 0999",
            ["Municipalities"] = "Haarlem",
        };
        var refused = await Forms.ParseAsync(await coordinator.PostFormAsync("/zorgpaden/beheer/organisaties/nieuw", fields));
        Assert.Contains("8 cijfers", refused.QuerySelector("#AgbCode-fout")!.TextContent);
        Assert.Contains("8 cijfers", refused.QuerySelector("#KvkNumber-fout")!.TextContent);
        Assert.NotNull(refused.QuerySelector("#IntakeEmail-fout"));
        Assert.Equal(nameof(OrganisationKind.Jgz), refused.QuerySelector("select#Kind option[selected]")!.GetAttribute("value"));
        Assert.Equal("JGZ Zuid-Kennemerland (test)", refused.QuerySelector("input#Name")!.GetAttribute("value"));

        fields["AgbCode"] = "03001234";
        fields["KvkNumber"] = "41234567";
        fields["IntakeEmail"] = "intake-test@example.org";
        var made = await coordinator.PostFormAsync("/zorgpaden/beheer/organisaties/nieuw", fields);
        Assert.Equal(HttpStatusCode.Redirect, made.StatusCode);
        var id = int.Parse(Forms.PathOf(made.Headers.Location).Split('/').Last());

        await using var scope = app.Scope();
        var contact = await scope.ServiceProvider.GetRequiredService<OrganisationDirectory>().ContactPointAsync(id, CancellationToken.None);
        Assert.NotNull(contact);
        Assert.Equal(OrganisationKind.Jgz, contact.Kind);
        Assert.Equal("Jeugdgezondheidszorg (JGZ)", contact.KindName);
        Assert.Equal("intake-test@example.org", contact.NoticeEmail);
        Assert.Equal("023 000 0999", contact.Phone);
        var stored = await scope.ServiceProvider.GetRequiredService<KansrijkDb>().Organisations.AsNoTracking().SingleAsync(o => o.Id == id);
        Assert.Equal(("03001234", "41234567"), (stored.AgbCode, stored.KvkNumber));

        var page = await coordinator.GetDocumentAsync($"/zorgpaden/beheer/organisaties/{id}");
        Assert.Equal(nameof(OrganisationKind.Jgz), page.QuerySelector("select#Kind option[selected]")!.GetAttribute("value"));
        Assert.Equal("03001234", page.QuerySelector("input#AgbCode")!.GetAttribute("value"));
    }

    [Fact]
    public async Task The_demo_organisations_of_the_chain_have_their_kind_and_without_an_intake_inbox_notices_go_to_the_general_address()
    {
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<KansrijkDb>();
        var ids = await db.Organisations.AsNoTracking()
            .Where(o => o.Name == PathwayDemoData.MidwifePractice || o.Name == PathwayDemoData.Jgz || o.Name == PathwayDemoData.DenHaagWorkerOrganisation)
            .ToDictionaryAsync(o => o.Name, o => o.Id);
        var contacts = await scope.ServiceProvider.GetRequiredService<OrganisationDirectory>().ContactPointsAsync(ids.Values, CancellationToken.None);
        Assert.Equal(OrganisationKind.MidwifePractice, contacts[ids[PathwayDemoData.MidwifePractice]].Kind);
        Assert.Equal(OrganisationKind.Jgz, contacts[ids[PathwayDemoData.Jgz]].Kind);
        var wijkteam = contacts[ids[PathwayDemoData.DenHaagWorkerOrganisation]];
        Assert.Equal(OrganisationKind.Wijkteam, wijkteam.Kind);
        Assert.Null(wijkteam.IntakeEmail);
        Assert.Equal(wijkteam.Email, wijkteam.NoticeEmail);
        Assert.True(wijkteam.IsExample);
    }
}

[Collection(SqliteCollection.Name)]
[Trait(Kinds.Trait, Kinds.Sqlite)]
public sealed class SqliteOrganisationRegistryTests(SqliteApp app) : OrganisationRegistryTests(app);

[Collection(PostgresCollection.Name)]
[Trait(Kinds.Trait, Kinds.Postgres)]
public sealed class PostgresOrganisationRegistryTests(PostgresApp app) : OrganisationRegistryTests(app);
