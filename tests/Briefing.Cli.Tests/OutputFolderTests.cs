using Briefing.Domain;

namespace Briefing.Cli.Tests;

public sealed class OutputFolderTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "briefing-out-" + Guid.NewGuid().ToString("N")[..10]);

    public void Dispose()
    {
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public async Task WriteAsync_InterruptedMidWrite_LeavesThePreviousFileWholeAndNoTemporary()
    {
        using var folder = OutputFolder.Open(_dir);
        await folder.WriteAsync("briefing.md", s => s.WriteAsync("previous briefing"u8.ToArray()).AsTask(), default);

        await Assert.ThrowsAsync<IOException>(() => folder.WriteAsync("briefing.md", async s =>
        {
            await s.WriteAsync("half of the new"u8.ToArray());
            throw new IOException("disk went away");
        }, default));

        Assert.Equal("previous briefing", File.ReadAllText(Path.Combine(_dir, "briefing.md")));
        Assert.Equal(["briefing.md"], Directory.GetFiles(_dir).Select(Path.GetFileName).Where(n => n != ".briefing.lock"));
    }

    [Fact]
    public void Open_TemporaryFilesAKilledRunLeft_RemovedAndNothingElse()
    {
        Directory.CreateDirectory(_dir);
        string[] ours = [".briefing.pdf.0123456789abcdef0123456789abcdef.tmp", ".briefing.md.fedcba9876543210fedcba9876543210.tmp"];
        string[] others = ["notes.tmp", ".briefing.pdf.tmp", ".briefing.pdf.0123456789abcdef0123456789abcde.tmp", "briefing.pdf.0123456789abcdef0123456789abcdef.tmp", "keep.md"];
        foreach (var name in ours.Concat(others))
        {
            File.WriteAllText(Path.Combine(_dir, name), "left");
            File.SetLastWriteTimeUtc(Path.Combine(_dir, name), DateTime.UtcNow.AddMinutes(-5));
        }

        using (OutputFolder.Open(_dir))
        {
            Assert.Equal(others.Order(StringComparer.Ordinal), Directory.GetFiles(_dir).Select(Path.GetFileName).Where(n => n != ".briefing.lock").Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public async Task Generate_KilledWhileRendering_NextRunLeavesNoTemporaryFile()
    {
        var psi = new System.Diagnostics.ProcessStartInfo("dotnet") { WorkingDirectory = Cli.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "briefing.dll"), "generate", Cli.Seeds, "--out", _dir }) psi.ArgumentList.Add(a);
        using (var run = System.Diagnostics.Process.Start(psi)!)
        {
            _ = run.StandardOutput.ReadToEndAsync();
            _ = run.StandardError.ReadToEndAsync();
            var watch = System.Diagnostics.Stopwatch.StartNew();
            while (!run.HasExited && watch.Elapsed < TimeSpan.FromSeconds(120) && !Temporaries().Any()) await Task.Delay(5);
            Assert.True(Temporaries().Any(), "the run ended before a temporary file was seen");
            run.Kill(); // SIGKILL: no finally block runs
            await run.WaitForExitAsync();
        }

        Assert.NotEmpty(Temporaries());
        var again = await Cli.RunAsync("generate", Cli.Seeds, "--out", _dir, "--format", "md");

        Assert.True(again.Code == 0, again.Err);
        Assert.Empty(Temporaries());
        Assert.False(File.Exists(Path.Combine(_dir, ".briefing.lock")));
    }

    private IEnumerable<string> Temporaries() => Directory.Exists(_dir) ? Directory.EnumerateFiles(_dir, "*.tmp") : [];

    [Fact]
    public async Task WriteAsync_InterruptedByCancellation_NeverLeavesAPartialFile()
    {
        using var folder = OutputFolder.Open(_dir);
        using var cancel = new CancellationTokenSource();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => folder.WriteAsync("briefing.html", async s =>
        {
            await s.WriteAsync(new byte[100_000]);
            await cancel.CancelAsync();
            cancel.Token.ThrowIfCancellationRequested();
        }, cancel.Token));

        Assert.False(File.Exists(Path.Combine(_dir, "briefing.html")));
    }

    [Fact]
    public async Task WriteAsync_DestinationIsALink_ReplacesTheLinkNotItsTarget()
    {
        Directory.CreateDirectory(_dir);
        var victim = Path.Combine(_dir, "victim.txt");
        File.WriteAllText(victim, "precious");
        File.CreateSymbolicLink(Path.Combine(_dir, "briefing.md"), victim);
        using var folder = OutputFolder.Open(_dir);

        await folder.WriteAsync("briefing.md", s => s.WriteAsync("new briefing"u8.ToArray()).AsTask(), default);

        Assert.Equal("precious", File.ReadAllText(victim));
        Assert.Null(new FileInfo(Path.Combine(_dir, "briefing.md")).LinkTarget);
        Assert.Equal("new briefing", File.ReadAllText(Path.Combine(_dir, "briefing.md")));
    }

    [Fact]
    public void Open_FolderInUseByAnotherRun_BadInputSayingSo()
    {
        using var first = OutputFolder.Open(_dir);

        var ex = Assert.Throws<BriefingException>(() => OutputFolder.Open(_dir));

        Assert.Equal(BriefingErrorKind.BadInput, ex.Kind);
        Assert.Contains("in use by another briefing run", ex.Message);
    }

    [Fact]
    public void Open_AfterTheFirstRunEnds_Succeeds()
    {
        OutputFolder.Open(_dir).Dispose();

        using var second = OutputFolder.Open(_dir);

        Assert.Equal(Path.GetFullPath(_dir), second.Path);
    }
}
