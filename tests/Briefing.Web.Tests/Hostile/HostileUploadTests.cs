using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Briefing.Web.Tests.Browser;

namespace Briefing.Web.Tests.Hostile;

/// <summary>
/// Hostile requests against the app as a real process (real Kestrel and its body limit): archives, compressed
/// bodies and binaries are refused as 415 with nothing stored, a 50 MB body is 413 and the service keeps serving,
/// and a file name with folders and control characters is stored as a bare, printable name.
/// </summary>
[Collection(RealBrowserCollection.Name)]
public sealed class HostileUploadTests(RunningApp fixture) : IClassFixture<RunningApp>
{
    [Theory]
    [InlineData("bomb.zip", "application/zip")]
    [InlineData("bomb.txt", "text/plain")]
    [InlineData("bomb.html", "text/html")]
    [InlineData("bomb", "application/octet-stream")]
    public async Task Upload_ZipBomb_415NamingTheFileAndNothingStored(string name, string mediaType)
    {
        using var client = fixture.App.Client();
        var before = await TotalAsync(client);
        using var form = Seeds();
        form.Add(new ByteArrayContent(ZipBomb()) { Headers = { ContentType = new(mediaType) } }, "files", name);

        using var response = await client.PostAsync("/api/briefings", form);

        await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType, name);
        Assert.Equal(before, await TotalAsync(client));
    }

    [Theory]
    [InlineData("photo.txt")]
    [InlineData("program.md")]
    public async Task Upload_BinaryFile_415AndNothingStored(string name)
    {
        using var client = fixture.App.Client();
        var before = await TotalAsync(client);
        var binary = new byte[64 * 1024];
        new Random(11).NextBytes(binary);
        "\u007fELF"u8.CopyTo(binary);
        using var form = Seeds();
        form.Add(new ByteArrayContent(binary) { Headers = { ContentType = new("text/plain") } }, "files", name);

        using var response = await client.PostAsync("/api/briefings", form);

        await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType, name);
        Assert.Equal(before, await TotalAsync(client));
    }

    [Fact]
    public async Task Post_GzipEncodedBody_415AndNothingStored()
    {
        using var client = fixture.App.Client();
        var before = await TotalAsync(client);
        var json = JsonSerializer.SerializeToUtf8Bytes(new { articles = new[] { new { text = new string('a', 100) } } });
        using var packed = new MemoryStream();
        using (var gzip = new GZipStream(packed, CompressionLevel.Fastest, leaveOpen: true)) gzip.Write(json);
        using var content = new ByteArrayContent(packed.ToArray()) { Headers = { ContentType = new("application/json"), ContentEncoding = { "gzip" } } };

        using var response = await client.PostAsync("/api/briefings", content);

        await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType, "gzip");
        Assert.Equal(before, await TotalAsync(client));
    }

    [Theory]
    [InlineData("multipart")]
    [InlineData("json")]
    [InlineData("page form")]
    public async Task Post_50MegabyteBody_413AndTheServiceKeepsServing(string kind)
    {
        using var client = fixture.App.Client();
        var before = await TotalAsync(client);
        var big = new byte[50 * 1024 * 1024];
        Array.Fill(big, (byte)'a');
        HttpContent body = kind == "json"
            ? new ByteArrayContent([.. "{\"articles\":[{\"text\":\""u8, .. big, .. "\"}]}"u8]) { Headers = { ContentType = new("application/json") } }
            : new MultipartFormDataContent { { new ByteArrayContent(big) { Headers = { ContentType = new("text/plain") } }, "files", "big.txt" } };

        using (body)
        {
            var (status, text) = await RawPost.SendAsync(fixture.App.Address, kind == "page form" ? "/new" : "/api/briefings", body);
            Assert.Equal(413, status);
            Assert.Contains("Web:MaxRequestBytes", text, StringComparison.Ordinal);
        }

        Assert.Equal(before, await TotalAsync(client));
        using var next = await client.PostAsync("/api/briefings", Seeds());
        Assert.Equal(HttpStatusCode.Accepted, next.StatusCode);
        Assert.False(fixture.App.HasExited);
    }

    [Fact]
    public async Task Upload_FileNamesWithFoldersAndControlCharacters_StoredAsBarePrintableNames()
    {
        using var client = fixture.App.Client();
        var seeds = Directory.GetFiles(Repo.Seeds).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();
        string[] dispositions =
        [
            "filename=\"../../../etc/passwd.txt\"",
            "filename=\"..\\..\\windows\\system32\\evil\u0007\u001b[2J.txt\"",
            "filename*=UTF-8''..%2F..%2Fhome%2Fuser%2F.ssh%2Fid%00%0A%1B%E2%80%AEtxt.md",
            "filename=\"/\"",
            "filename=\"C:\\boot.ini\\..\\\u0001\u0002.txt\"",
        ];
        var boundary = "hostile-" + Guid.NewGuid().ToString("N");
        using var body = new MemoryStream();
        for (var i = 0; i < dispositions.Length; i++)
        {
            body.Write(Encoding.UTF8.GetBytes($"--{boundary}\r\nContent-Disposition: form-data; name=\"files\"; {dispositions[i]}\r\nContent-Type: text/plain\r\n\r\n"));
            body.Write(seeds[i]);
            body.Write("\r\n"u8);
        }

        body.Write(Encoding.UTF8.GetBytes($"--{boundary}--\r\n"));
        using var content = new ByteArrayContent(body.ToArray());
        content.Headers.ContentType = MediaTypeHeaderValue.Parse($"multipart/form-data; boundary={boundary}");

        using var response = await client.PostAsync("/api/briefings", content);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var done = await WebApp.WaitAsync(client, response.Headers.Location!.ToString());

        Assert.Equal("done", done.GetProperty("status").GetString());
        var files = done.GetProperty("briefing").GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("file").GetString()!).ToList();
        Assert.Equal(5, files.Count);
        Assert.All(files, f =>
        {
            Assert.DoesNotContain(f, c => c is '/' or '\\' || char.IsControl(c) || c is '\u202E');
            Assert.NotEqual("..", f);
            Assert.NotEmpty(f);
        });
        Assert.Contains("passwd.txt", files);
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string named)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(named, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private static async Task<int> TotalAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/briefings")).GetProperty("total").GetInt32();

    private static MultipartFormDataContent Seeds() => WebApp.SeedForm();

    // 64 MB of zeros packed into a few tens of kilobytes.
    private static byte[] ZipBomb()
    {
        using var packed = new MemoryStream();
        using (var zip = new ZipArchive(packed, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("article.txt", CompressionLevel.Optimal).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 64; i++) entry.Write(zeros);
        }

        return packed.ToArray();
    }
}
