using System.Diagnostics;
using Kansrijk.Demo;
using Kansrijk.Platform.Database;
using Kansrijk.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kansrijk.Tests.Platform;

/// <summary>Issue 9, "demo stays demo": the built app as a process, in environments other than Development.</summary>
[Trait(Kinds.Trait, Kinds.Unit)]
public sealed class DemoRefusalTests
{
    private static readonly string Configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}") ? "Debug" : "Release";

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Kansrijk.slnx")))
        {
            folder = folder.Parent;
        }
        return folder?.FullName ?? throw new InvalidOperationException("Kansrijk.slnx not found above " + AppContext.BaseDirectory);
    }

    private static async Task<(int ExitCode, string Error)> RunAsync(string arguments, string workingDirectory, IDictionary<string, string?> environment)
    {
        var start = new ProcessStartInfo("dotnet", arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        foreach (var name in new[] { "ASPNETCORE_ENVIRONMENT", "DOTNET_ENVIRONMENT", "KANSRIJK_DEFAULT_ENVIRONMENT", "Kansrijk__Demo" })
        {
            start.Environment.Remove(name);
        }
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        // A database that must never be made: a refused start touches nothing.
        start.Environment["ConnectionStrings__Kansrijk"] = $"Data Source={Path.Combine(Path.GetTempPath(), "kansrijk-tests", Guid.NewGuid().ToString("N"), "nooit.db")}";
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("The app started instead of refusing: " + await output);
        }
        return (process.ExitCode, await error);
    }

    private static void AssertRefused((int ExitCode, string Error) run, string environment)
    {
        Assert.NotEqual(0, run.ExitCode);
        var lines = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Single(lines);
        Assert.Contains("demodata (--demo) mag alleen in de omgeving Development", lines[0]);
        Assert.Contains(environment, lines[0]);
        Assert.DoesNotContain("Exception", run.Error);
    }

    [Theory]
    [InlineData("Staging")]
    [InlineData("Production")]
    public async Task The_built_app_refuses_demo_outside_Development_with_one_line_and_a_non_zero_exit(string environment)
    {
        var folder = Path.Combine(RepositoryRoot(), "src", "Kansrijk", "bin", Configuration, "net10.0");
        var run = await RunAsync("Kansrijk.dll --demo", folder, new Dictionary<string, string?> { ["ASPNETCORE_ENVIRONMENT"] = environment });
        AssertRefused(run, environment);
    }

    [Fact]
    public async Task Dotnet_run_with_the_launch_profile_keeps_an_explicitly_set_environment()
    {
        var root = RepositoryRoot();
        var run = await RunAsync($"run --no-build -c {Configuration} --project src/Kansrijk -- --demo", root,
            new Dictionary<string, string?> { ["ASPNETCORE_ENVIRONMENT"] = "Staging" });
        AssertRefused(run, "Staging");
    }
}

/// <summary>Demo data is keyed by stable keys: renaming demo data and starting again makes no copies.</summary>
public abstract class DemoDataKeyTests(KansrijkFactory app)
{
    [Fact]
    public async Task Renaming_demo_data_and_starting_again_makes_no_copies()
    {
        _ = app.BaseAddress;
        int coalitions, organisations, users;
        await using (var scope = app.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KansrijkDb>();
            coalitions = await db.Coalitions.CountAsync();
            organisations = await db.Organisations.CountAsync();
            users = await db.Users.CountAsync();
            await db.Coalitions.Where(c => c.Name == CoalitionDemoData.HaarlemName).ExecuteUpdateAsync(s => s.SetProperty(c => c.Name, "Samen Kansrijk Haarlem"));
            await db.Coalitions.Where(c => c.Name == "Kansrijke Start Apeldoorn").ExecuteUpdateAsync(s => s.SetProperty(c => c.Name, "Apeldoorn Kansrijk"));
            await db.Organisations.Where(o => o.Name == CarePathDemoData.LoketJongeMoeders).ExecuteUpdateAsync(s => s.SetProperty(o => o.Name, "Loket Jonge Ouders Den Haag"));
            await db.Users.Where(u => u.Email == DemoAccounts.Analyst.Email).ExecuteUpdateAsync(s => s
                .SetProperty(u => u.Email, "anton@example.nl").SetProperty(u => u.NormalizedEmail, "ANTON@EXAMPLE.NL")
                .SetProperty(u => u.UserName, "anton@example.nl").SetProperty(u => u.NormalizedUserName, "ANTON@EXAMPLE.NL"));
        }

        // What a restart does before it takes requests.
        await DatabaseStartup.PrepareAsync(app.Services, demo: true);

        await using (var scope = app.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KansrijkDb>();
            Assert.Equal(coalitions, await db.Coalitions.CountAsync());
            Assert.Equal(organisations, await db.Organisations.CountAsync());
            Assert.Equal(users, await db.Users.CountAsync());
            Assert.False(await db.Coalitions.AnyAsync(c => c.Name == CoalitionDemoData.HaarlemName));
        }
    }

    [Fact]
    public void The_SQLite_file_is_readable_by_the_service_user_only()
    {
        if (app.Provider != DatabaseProvider.Sqlite || OperatingSystem.IsWindows())
        {
            return;
        }
        _ = app.BaseAddress;
        var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(app.ConnectionString).DataSource;
        foreach (var path in new[] { file, file + "-wal", file + "-shm" }.Where(File.Exists))
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        }
        Assert.True(File.Exists(file));
    }
}

[Trait(Kinds.Trait, Kinds.Sqlite)]
public sealed class DemoDataKeySqliteTests(IsolatedSqliteApp app) : DemoDataKeyTests(app), IClassFixture<IsolatedSqliteApp>;

[Trait(Kinds.Trait, Kinds.Postgres)]
public sealed class DemoDataKeyPostgresTests(IsolatedPostgresApp app) : DemoDataKeyTests(app), IClassFixture<IsolatedPostgresApp>;
