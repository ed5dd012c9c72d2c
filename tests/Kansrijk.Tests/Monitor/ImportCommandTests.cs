using Kansrijk.Monitor.Import;
using Kansrijk.Platform.Database;
using Kansrijk.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.Tests.Monitor;

/// <summary>
/// The command line import against a database of its own. Runs alone: it builds the app's host in this
/// process, which must not meet a test host being built at the same moment.
/// </summary>
public abstract class ImportCommandTests(DatabaseProvider provider)
{
    private readonly string connectionString = provider == DatabaseProvider.Postgres ? TestDatabases.NewPostgres() : TestDatabases.NewSqlite();

    private Task<int> RunAsync(string file) => ImportCommand.RunAsync(
        [file, "--bron", "Perined, testlevering", $"--Database:Provider={provider}", $"--ConnectionStrings:Kansrijk={connectionString}"]);

    private KansrijkDb Database() => provider == DatabaseProvider.Postgres
        ? new PostgresKansrijkDb(new DbContextOptionsBuilder<PostgresKansrijkDb>().UseNpgsql(connectionString).Options)
        : new SqliteKansrijkDb(new DbContextOptionsBuilder<SqliteKansrijkDb>().UseSqlite(connectionString).Options);

    private static string WriteCsv(string text)
    {
        var file = Path.Combine(Path.GetTempPath(), $"kansrijk-import-{Guid.NewGuid():N}.csv");
        File.WriteAllText(file, text);
        return file;
    }

    [Fact]
    public async Task The_command_imports_a_file_into_the_configured_database_and_refuses_a_bad_one_whole()
    {
        var good = WriteCsv("indicator;gebied;periode;teller;noemer;waarde\nL12;GM0392;2022;280;1895;\nL12;NL01;2022;;;14,6\n");
        Assert.Equal(0, await RunAsync(good));

        var bad = WriteCsv("indicator;gebied;periode;teller;noemer;waarde\nL12;GM0363;2022;1200;8000;\nL12;GM0392;2023;-5;1895;\n");
        var output = new StringWriter();
        var previous = Console.Error;
        Console.SetError(output);
        try
        {
            Assert.Equal(1, await RunAsync(bad));
        }
        finally
        {
            Console.SetError(previous);
        }
        Assert.Contains("Regel 3, kolom teller", output.ToString());

        await using var db = Database();
        var values = await db.IndicatorValues.OrderBy(v => v.AreaCode).ToListAsync();
        Assert.Equal(["GM0392", "NL01"], values.Select(v => v.AreaCode));
        Assert.Equal("Perined, testlevering", (await db.ImportBatches.SingleAsync(b => b.Id == values[0].ImportBatchId)).Source);
        // No foreign key on the batch (decision 0019): the importer itself must refer to the batch it added.
        Assert.True(await db.IndicatorValues.AllAsync(v => db.ImportBatches.Any(b => b.Id == v.ImportBatchId)));
        Assert.Equal(1, await db.ImportBatches.CountAsync());
        Assert.Equal(2, await RunAsync("bestaat-niet.csv"));
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CommandLineCollection
{
    public const string Name = "Command line";
}

[Collection(CommandLineCollection.Name), Trait(Kinds.Trait, Kinds.Sqlite)]
public sealed class ImportCommandSqliteTests() : ImportCommandTests(DatabaseProvider.Sqlite);

[Collection(CommandLineCollection.Name), Trait(Kinds.Trait, Kinds.Postgres)]
public sealed class ImportCommandPostgresTests() : ImportCommandTests(DatabaseProvider.Postgres);
