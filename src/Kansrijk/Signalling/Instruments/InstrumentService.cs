using Kansrijk.CarePaths;
using Kansrijk.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.Signalling.Instruments;

/// <summary>What an import did: the version it made or replaced, or why it refused the whole file.</summary>
public sealed record ImportOutcome(InstrumentVersion? Version, IReadOnlyList<string> Errors)
{
    public bool Succeeded => Version is not null;
}

/// <summary>
/// Instruments as data: import a version from JSON (all or nothing), publish a concept, export a version, and find the
/// published version to give. A published version never changes: importing over it is refused here and in the entity.
/// </summary>
public sealed class InstrumentService(KansrijkDb db, OfferDirectory offers, TimeProvider clock)
{
    public async Task<ImportOutcome> ImportAsync(string json, CancellationToken ct)
    {
        var themes = await offers.ThemeCodesAsync(ct);
        var parsed = InstrumentParser.Parse(json, themes);
        if (!parsed.IsValid)
        {
            return new ImportOutcome(null, parsed.Errors);
        }
        var definition = parsed.Definition!;
        var now = clock.GetUtcNow().UtcDateTime;
        var instrument = await db.Instruments.Include(i => i.Versions).SingleOrDefaultAsync(i => i.Key == definition.Key, ct);
        if (instrument is null)
        {
            instrument = new Instrument { Key = definition.Key!, CreatedAt = now };
            db.Instruments.Add(instrument);
        }
        var existing = instrument.Versions.SingleOrDefault(v => v.Number == definition.Version);
        if (existing is { Status: InstrumentStatus.Published })
        {
            return new ImportOutcome(null, [$"Instrument \"{definition.Key}\": versie {definition.Version} is al gepubliceerd en kan niet meer veranderen. Geef het bestand een nieuw versienummer."]);
        }
        var stored = InstrumentParser.Write(definition);
        if (existing is null)
        {
            existing = InstrumentVersion.Concept(instrument, definition, stored, now);
            instrument.Versions.Add(existing);
        }
        else
        {
            existing.Replace(definition, stored);
        }
        await db.SaveChangesAsync(ct);
        return new ImportOutcome(existing, []);
    }

    /// <summary>Publishes a concept; returns a Dutch error when it is already published or gone.</summary>
    public async Task<string?> PublishAsync(int versionId, CancellationToken ct)
    {
        var version = await db.InstrumentVersions.SingleOrDefaultAsync(v => v.Id == versionId, ct);
        if (version is null) return "Deze versie bestaat niet (meer).";
        if (version.Status == InstrumentStatus.Published) return $"Versie {version.Number} is al gepubliceerd.";
        version.Publish(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return null;
    }

    public async Task<string?> ExportAsync(int versionId, CancellationToken ct) =>
        await db.InstrumentVersions.AsNoTracking().Where(v => v.Id == versionId).Select(v => v.Definition).SingleOrDefaultAsync(ct);

    /// <summary>The newest published version of the instrument, with its definition read; null when none is published.</summary>
    public async Task<(InstrumentVersion Version, InstrumentDefinition Definition)?> PublishedAsync(string key, CancellationToken ct)
    {
        var version = await db.InstrumentVersions.AsNoTracking()
            .Where(v => v.Instrument!.Key == key && v.Status == InstrumentStatus.Published)
            .OrderByDescending(v => v.Number).FirstOrDefaultAsync(ct);
        return version is null ? null : (version, Read(version));
    }

    public async Task<(InstrumentVersion Version, InstrumentDefinition Definition)?> FindAsync(int versionId, CancellationToken ct)
    {
        var version = await db.InstrumentVersions.AsNoTracking().SingleOrDefaultAsync(v => v.Id == versionId, ct);
        return version is null ? null : (version, Read(version));
    }

    /// <summary>A stored definition was checked when it came in, so it is read without the theme check (themes may be renamed later).</summary>
    public static InstrumentDefinition Read(InstrumentVersion version) =>
        InstrumentParser.Parse(version.Definition).Definition
            ?? throw new InvalidOperationException($"Stored instrument version {version.Id} is not valid.");
}
