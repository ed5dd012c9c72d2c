using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace Kansrijk.Tests.Infrastructure;

/// <summary>
/// A real SMTP server on this machine: smtp4dev (the dotnet tool Rnwood.Smtp4dev, from .config/dotnet-tools.json;
/// ./test.sh runs `dotnet tool restore`). It listens on free ports, keeps messages in memory, and its web API lists
/// what arrived. A test that needs it and cannot start it fails and says so.
/// </summary>
public sealed class Smtp4dev : IAsyncDisposable
{
    private readonly Process process;
    private readonly string folder;
    private readonly HttpClient api;

    private Smtp4dev(Process process, string folder, int smtpPort, int webPort)
    {
        this.process = process;
        this.folder = folder;
        SmtpPort = smtpPort;
        api = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{webPort}/"), Timeout = TimeSpan.FromSeconds(10) };
    }

    public int SmtpPort { get; }

    public sealed record Message(string Id, string From, IReadOnlyList<string> To, string Subject, string Source);

    public static async Task<Smtp4dev> StartAsync()
    {
        var smtpPort = FreePort();
        var webPort = FreePort();
        var folder = Path.Combine(Path.GetTempPath(), "kansrijk-tests", "smtp4dev-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var start = new ProcessStartInfo("dotnet")
        {
            // dotnet finds the tool through the manifest above the test's folder
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])["smtp4dev", $"--smtpport={smtpPort}", $"--urls=http://127.0.0.1:{webPort}", "--imapport=",
            "--pop3port=", "--db=", "--nousersettings", $"--baseappdatapath={folder}", "--hostname=localhost", "--tlsmode=None"])
        {
            start.ArgumentList.Add(argument);
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException("smtp4dev did not start");
        var output = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new Smtp4dev(process, folder, smtpPort, webPort);
        var until = DateTime.UtcNow.AddMinutes(3);
        while (DateTime.UtcNow < until)
        {
            if (process.HasExited) break;
            try
            {
                if ((await server.api.GetAsync("api/messages")).IsSuccessStatusCode && await SmtpAnswersAsync(smtpPort)) return server;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or SocketException)
            {
                // not listening yet
            }
            await Task.Delay(500);
        }
        await server.DisposeAsync();
        lock (output) throw new InvalidOperationException("smtp4dev did not start (run `dotnet tool restore`): " + output);
    }

    /// <summary>Every message received so far, with its raw source.</summary>
    public async Task<IReadOnlyList<Message>> MessagesAsync()
    {
        using var list = JsonDocument.Parse(await api.GetStringAsync("api/messages?pageSize=500"));
        var messages = new List<Message>();
        foreach (var m in list.RootElement.GetProperty("results").EnumerateArray())
        {
            var id = m.GetProperty("id").GetString()!;
            var source = await api.GetStringAsync($"api/messages/{id}/source");
            messages.Add(new Message(id, m.GetProperty("from").GetString() ?? "", [.. m.GetProperty("to").EnumerateArray().Select(t => t.GetString() ?? "")],
                m.GetProperty("subject").GetString() ?? "", source));
        }
        return messages;
    }

    /// <summary>Waits for a message to the address (mail is delivered a moment after the client hangs up).</summary>
    public async Task<IReadOnlyList<Message>> WaitForAsync(string to, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (true)
        {
            var messages = await MessagesAsync();
            if (messages.Any(m => m.To.Contains(to, StringComparer.OrdinalIgnoreCase)) || DateTime.UtcNow > until) return messages;
            await Task.Delay(250);
        }
    }

    private static async Task<bool> SmtpAnswersAsync(int port)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, port);
        return true;
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public async ValueTask DisposeAsync()
    {
        api.Dispose();
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // a file still held open by the exiting process; the temp folder is cleaned another time
        }
    }
}
