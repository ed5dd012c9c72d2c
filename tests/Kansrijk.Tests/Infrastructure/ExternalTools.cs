using System.Diagnostics;

namespace Kansrijk.Tests.Infrastructure;

/// <summary>
/// Programs outside .NET that some tests need: LibreOffice (a real word processor, to lay out the Word file) and
/// pdftotext (poppler-utils, to read a PDF's text page by page). ./test.sh installs both with apt; a test that needs one
/// that is missing fails and says so, it is never skipped.
/// </summary>
public static class ExternalTools
{
    public const string Soffice = "soffice";
    public const string PdfToText = "pdftotext";

    /// <summary>The text of each page of a PDF, in reading order (pdftotext -layout; pages split at form feeds).</summary>
    public static async Task<IReadOnlyList<string>> PdfPagesAsync(byte[] pdf)
    {
        var folder = Folder();
        try
        {
            var file = Path.Combine(folder, "file.pdf");
            await File.WriteAllBytesAsync(file, pdf);
            var text = await RunAsync(PdfToText, "poppler-utils", ["-layout", "-enc", "UTF-8", file, "-"], folder);
            var pages = text.Split('\f').ToList();
            if (pages.Count > 0 && string.IsNullOrWhiteSpace(pages[^1]))
            {
                pages.RemoveAt(pages.Count - 1);
            }
            return pages;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>A Word file laid out and printed to PDF by LibreOffice, headless, with a profile of its own.</summary>
    public static async Task<byte[]> WordToPdfAsync(byte[] docx)
    {
        var folder = Folder();
        try
        {
            var file = Path.Combine(folder, "report.docx");
            await File.WriteAllBytesAsync(file, docx);
            var profile = new Uri(Path.Combine(folder, "profile")).AbsoluteUri;
            await RunAsync(Soffice, "libreoffice-writer-nogui",
                [$"-env:UserInstallation={profile}", "--headless", "--norestore", "--convert-to", "pdf", "--outdir", folder, file], folder,
                TimeSpan.FromMinutes(3));
            var pdf = Path.Combine(folder, "report.pdf");
            Assert.True(File.Exists(pdf), "LibreOffice made no PDF of the Word file");
            return await File.ReadAllBytesAsync(pdf);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Folder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "kansrijk-tests", "tool-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static async Task<string> RunAsync(string program, string package, IEnumerable<string> arguments, string folder, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = folder,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["HOME"] = folder;
        Process? process;
        try
        {
            process = Process.Start(start);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException(
                $"'{program}' is not installed: this test needs it. ./test.sh installs it (apt-get install {package}).", e);
        }
        using (process)
        {
            Assert.NotNull(process);
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            using var limit = new CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(1));
            try
            {
                await process.WaitForExitAsync(limit.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"'{program}' did not finish in time");
            }
            Assert.True(process.ExitCode == 0, $"'{program}' ended with {process.ExitCode}: {await errors}");
            return await output;
        }
    }
}
