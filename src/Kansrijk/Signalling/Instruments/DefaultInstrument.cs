using Kansrijk.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.Signalling.Instruments;

/// <summary>
/// The built-in instrument "kansrijk-start" (Data/kansrijk-instrument.json) as reference data: at every start its version
/// is imported and published when it is not there yet. Idempotent; a version that exists is never touched, so a published
/// version stays as the answers given in it saw it.
/// </summary>
public static class DefaultInstrument
{
    public const string Key = "kansrijk-start";

    public static string Json()
    {
        using var stream = typeof(DefaultInstrument).Assembly.GetManifestResourceStream("Kansrijk.Signalling.kansrijk-instrument.json")
            ?? throw new InvalidOperationException("kansrijk-instrument.json ontbreekt in de build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static async Task EnsureAsync(IServiceProvider services, CancellationToken ct)
    {
        var json = Json();
        var definition = InstrumentParser.Parse(json).Definition
            ?? throw new InvalidOperationException("Het ingebouwde instrument kansrijk-instrument.json is niet geldig.");
        var db = services.GetRequiredService<KansrijkDb>();
        if (await db.InstrumentVersions.AnyAsync(v => v.Instrument!.Key == definition.Key && v.Number == definition.Version, ct))
        {
            return;
        }
        var instruments = services.GetRequiredService<InstrumentService>();
        var imported = await instruments.ImportAsync(json, ct);
        if (!imported.Succeeded)
        {
            throw new InvalidOperationException("Het ingebouwde instrument kon niet worden geladen: " + string.Join(" ", imported.Errors));
        }
        await instruments.PublishAsync(imported.Version!.Id, ct);
    }
}
