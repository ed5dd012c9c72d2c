using Kansrijk.Platform;
using Kansrijk.Platform.Database;

namespace Kansrijk.Monitor.Import;

/// <summary>
/// <c>dotnet run --project src/Kansrijk -- import-indicators FILE [--bron "Perined 2024"]</c>: imports a CSV into the
/// configured database (Database:Provider, ConnectionStrings:Kansrijk). Exit code 0 stored, 1 refused, 2 usage.
/// </summary>
public static class ImportCommand
{
    public const string Name = "import-indicators";

    public static async Task<int> RunAsync(string[] args)
    {
        var file = args.FirstOrDefault(a => !a.StartsWith("--"));
        var sourceIndex = Array.IndexOf(args, "--bron");
        var source = sourceIndex >= 0 && sourceIndex + 1 < args.Length ? args[sourceIndex + 1] : null;
        if (file is null || !File.Exists(file))
        {
            Console.Error.WriteLine(file is null
                ? $"Gebruik: {Name} BESTAND.csv [--bron \"naam van de bron\"]"
                : $"Het bestand '{file}' bestaat niet.");
            return 2;
        }
        var configuration = args.Where((a, i) => a.StartsWith("--") && a != "--bron" && (i == 0 || args[i - 1] != "--bron")).ToArray();
        Access.AccessLog.AccessActor.CommandLineUser = Environment.UserName;
        await using var app = KansrijkApp.Build(configuration);
        await DatabaseStartup.PrepareAsync(app.Services, demo: false);
        await using var scope = app.Services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<IndicatorImporter>();
        using var reader = new StreamReader(file, detectEncodingFromByteOrderMarks: true);
        var result = await importer.ImportAsync(reader, Path.GetFileName(file), source ?? Path.GetFileName(file), Environment.UserName);
        if (!result.Succeeded)
        {
            Console.Error.WriteLine($"Er is niets opgeslagen: {result.Errors.Count} fouten.");
            foreach (var e in result.Errors)
            {
                Console.Error.WriteLine(e.Row == 0 ? e.Message : $"Regel {e.Row}, kolom {(e.Column.Length > 0 ? e.Column : "–")}: {e.Message}");
            }
            return 1;
        }
        Console.WriteLine($"Ingelezen: {result.Added} nieuwe en {result.Replaced} vervangen cijfers (import {result.BatchId}).");
        return 0;
    }
}
