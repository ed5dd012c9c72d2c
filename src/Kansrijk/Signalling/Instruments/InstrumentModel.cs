namespace Kansrijk.Signalling.Instruments;

public enum InstrumentStatus { Concept, Published }

/// <summary>A signalling instrument (such as "kansrijk-start"); its questions live in its versions.</summary>
public sealed class Instrument
{
    public int Id { get; init; }
    public required string Key { get; init; }
    public DateTime CreatedAt { get; init; }
    public List<InstrumentVersion> Versions { get; init; } = [];
}

/// <summary>
/// One version of an instrument: the definition as JSON text plus the columns the app looks up. A concept may be
/// replaced; once published it never changes, because answers point at the version they were given in.
/// </summary>
public sealed class InstrumentVersion
{
    public int Id { get; init; }
    public int InstrumentId { get; init; }
    public Instrument? Instrument { get; init; }
    public int Number { get; init; }
    public InstrumentStatus Status { get; private set; }
    public string Definition { get; private set; } = "";
    public string Name { get; private set; } = "";
    public DateTime CreatedAt { get; init; }
    public DateTime? PublishedAt { get; private set; }

    public static InstrumentVersion Concept(Instrument instrument, InstrumentDefinition definition, string json, DateTime now)
    {
        var version = new InstrumentVersion { Instrument = instrument, Number = definition.Version, CreatedAt = now };
        version.SetDefinition(definition, json);
        return version;
    }

    /// <summary>Replaces the definition of a concept; a published version refuses.</summary>
    public void Replace(InstrumentDefinition definition, string json)
    {
        if (Status == InstrumentStatus.Published) throw new PublishedVersionException(Number);
        SetDefinition(definition, json);
    }

    public void Publish(DateTime now)
    {
        if (Status == InstrumentStatus.Published) throw new PublishedVersionException(Number);
        Status = InstrumentStatus.Published;
        PublishedAt = now;
    }

    private void SetDefinition(InstrumentDefinition definition, string json)
    {
        Definition = json;
        Name = definition.Name![LocalText.Dutch];
    }
}

public sealed class PublishedVersionException(int number)
    : InvalidOperationException($"Versie {number} is gepubliceerd en kan niet meer veranderen. Maak een nieuwe versie.");
