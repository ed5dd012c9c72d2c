using Kansrijk.Platform.Database;
using Kansrijk.Signalling.Instruments;
using Kansrijk.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kansrijk.Tests.Signalling;

/// <summary>Instruments as data on both databases: a concept may be replaced, a published version never changes.</summary>
public abstract class InstrumentVersionTests(KansrijkFactory app)
{
    private static string NewKey() => "test-" + Guid.NewGuid().ToString("N")[..12];

    [Fact]
    public async Task A_concept_can_be_replaced_and_then_published_once()
    {
        var key = NewKey();
        await using var scope = app.Scope();
        var service = scope.ServiceProvider.GetRequiredService<InstrumentService>();

        var first = await service.ImportAsync(TestInstrument.Json(1, key), default);
        Assert.True(first.Succeeded, string.Join("\n", first.Errors));
        var again = await service.ImportAsync(TestInstrument.Json(1, key).Replace("Testvragenlijst", "Testlijst"), default);
        Assert.True(again.Succeeded);
        Assert.Equal(first.Version!.Id, again.Version!.Id);
        Assert.Equal("Testlijst", again.Version.Name);

        Assert.Null(await service.PublishAsync(first.Version.Id, default));
        Assert.Equal("Versie 1 is al gepubliceerd.", await service.PublishAsync(first.Version.Id, default));
        var published = await service.PublishedAsync(key, default);
        Assert.Equal(first.Version.Id, published!.Value.Version.Id);
        Assert.Equal("Testlijst", published.Value.Definition.Name![LocalText.Dutch]);
    }

    [Fact]
    public async Task A_published_version_refuses_an_import_over_it_and_a_change_in_code()
    {
        var key = NewKey();
        int id;
        await using (var scope = app.Scope())
        {
            var service = scope.ServiceProvider.GetRequiredService<InstrumentService>();
            id = (await service.ImportAsync(TestInstrument.Json(1, key), default)).Version!.Id;
            await service.PublishAsync(id, default);
            var refused = await service.ImportAsync(TestInstrument.Json(1, key).Replace("Testvragenlijst", "Stiekem anders"), default);
            Assert.False(refused.Succeeded);
            Assert.Contains("al gepubliceerd en kan niet meer veranderen", Assert.Single(refused.Errors));
        }
        await using (var scope = app.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KansrijkDb>();
            var version = await db.InstrumentVersions.SingleAsync(v => v.Id == id);
            Assert.Equal("Testvragenlijst", version.Name);
            var definition = InstrumentParser.Parse(TestInstrument.Json(1, key)).Definition!;
            Assert.Throws<PublishedVersionException>(() => version.Replace(definition, "{}"));
        }
        await using (var scope = app.Scope())
        {
            var service = scope.ServiceProvider.GetRequiredService<InstrumentService>();
            var next = await service.ImportAsync(TestInstrument.Json(2, key), default);
            Assert.True(next.Succeeded);
            Assert.Equal(InstrumentStatus.Concept, next.Version!.Status);
            Assert.Equal(id, (await service.PublishedAsync(key, default))!.Value.Version.Id);
        }
    }

    [Fact]
    public async Task The_default_instrument_is_published_as_version_1_at_start_and_loading_again_changes_nothing()
    {
        await using var scope = app.Scope();
        var service = scope.ServiceProvider.GetRequiredService<InstrumentService>();
        var published = await service.PublishedAsync(DefaultInstrument.Key, default);
        Assert.NotNull(published);
        Assert.Equal(1, published.Value.Version.Number);

        await DefaultInstrument.EnsureAsync(scope.ServiceProvider, default);
        var db = scope.ServiceProvider.GetRequiredService<KansrijkDb>();
        Assert.Equal(1, await db.InstrumentVersions.CountAsync(v => v.Instrument!.Key == DefaultInstrument.Key));
    }

    [Fact]
    public async Task An_invalid_file_is_refused_whole_and_nothing_is_stored()
    {
        var key = NewKey();
        await using var scope = app.Scope();
        var service = scope.ServiceProvider.GetRequiredService<InstrumentService>();
        var outcome = await service.ImportAsync(TestInstrument.Json(1, key).Replace("\"financien-en-schulden\"", "\"bestaat-niet\""), default);
        Assert.False(outcome.Succeeded);
        Assert.Contains("Domein \"geld-en-schulden\": het thema \"bestaat-niet\" bestaat niet in de zorgpaden.", outcome.Errors);
        var db = scope.ServiceProvider.GetRequiredService<KansrijkDb>();
        Assert.False(await db.Instruments.AnyAsync(i => i.Key == key));
    }

    [Fact]
    public async Task Export_gives_back_the_stored_definition_in_the_same_format()
    {
        var key = NewKey();
        await using var scope = app.Scope();
        var service = scope.ServiceProvider.GetRequiredService<InstrumentService>();
        var id = (await service.ImportAsync(TestInstrument.Json(1, key), default)).Version!.Id;
        var exported = await service.ExportAsync(id, default);
        var parsed = InstrumentParser.Parse(exported!);
        Assert.True(parsed.IsValid);
        Assert.Equal(key, parsed.Definition!.Key);
        Assert.Contains("\n  \"format\": \"kansrijk-instrument/1\"", exported!.Replace("\r\n", "\n"));
    }
}

[Collection(SqliteCollection.Name)]
[Trait(Kinds.Trait, Kinds.Sqlite)]
public sealed class InstrumentVersionSqliteTests(SqliteApp app) : InstrumentVersionTests(app);

[Collection(PostgresCollection.Name)]
[Trait(Kinds.Trait, Kinds.Postgres)]
public sealed class InstrumentVersionPostgresTests(PostgresApp app) : InstrumentVersionTests(app);
