using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;

namespace Autoscaler.RackspaceEmulator.Tests;

/// <summary>An emulator on a free loopback port with a fake clock, and an HTTP client for it.</summary>
internal sealed class TestCloud : IAsyncDisposable
{
    public const string User = "demo";
    public const string ApiKey = "demo-api-key";
    public const string Tenant = "100000";

    /// <summary>The v2 id given to image 49 (Ubuntu 10.04) by every test cloud.</summary>
    public const string UbuntuImageUuid = "5cc098a5-7286-4b96-b3a2-49f4c4f82537";

    private TestCloud(EmulatedCloud cloud, FakeTimeProvider time)
    {
        Cloud = cloud;
        Time = time;
        Http = new HttpClient { BaseAddress = cloud.BaseAddress };
    }

    public EmulatedCloud Cloud { get; }

    public FakeTimeProvider Time { get; }

    public HttpClient Http { get; }

    public CloudModel Model => Cloud.Model;

    public static async Task<TestCloud> StartAsync(Action<EmulatorOptions>? configure = null)
    {
        var options = new EmulatorOptions { RandomSeed = 42 };
        options.Images.Add(new ImageSeed { Id = 49, Uuid = UbuntuImageUuid, Name = "Ubuntu 10.04 LTS (lucid)" });
        options.Images.Add(new ImageSeed { Id = 51, Uuid = "0f8d9a6e-52a3-4a0b-9a6b-5f3c2b1d0e51", Name = "CentOS 5.5" });
        configure?.Invoke(options);
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 5, 12, 0, 0, TimeSpan.Zero));
        var cloud = await EmulatedCloud.StartAsync(options, time);
        return new TestCloud(cloud, time);
    }

    /// <summary>Authenticates with identity 2.0 and returns the token and the v2 publicURL of the region.</summary>
    public async Task<(string Token, string PublicUrl)> LoginV2Async(string region = "DFW")
    {
        using var response = await Http.PostAsync(Cloud.IdentityV2Endpoint + "tokens", Json(new JsonObject
        {
            ["auth"] = new JsonObject
            {
                ["RAX-KSKEY:apiKeyCredentials"] = new JsonObject { ["username"] = User, ["apiKey"] = ApiKey },
            },
        }));
        response.EnsureSuccessStatusCode();
        var access = (await response.Content.ReadFromJsonAsync<JsonObject>())!["access"]!;
        var compute = access["serviceCatalog"]!.AsArray().Single(s => (string?)s!["name"] == "cloudServersOpenStack")!;
        var endpoint = compute["endpoints"]!.AsArray().Single(e => (string?)e!["region"] == region)!;
        return ((string)access["token"]!["id"]!, (string)endpoint["publicURL"]!);
    }

    /// <summary>Like <see cref="LoginV2Async"/>, retrying while injected errors make identity fail.</summary>
    public async Task<(string Token, string PublicUrl)> LoginV2WithRetriesAsync()
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await LoginV2Async();
            }
            catch (HttpRequestException) when (attempt < 20)
            {
            }
        }
    }

    /// <summary>Authenticates with identity v1.0 and returns the token and X-Server-Management-Url.</summary>
    public async Task<(string Token, string ManagementUrl)> LoginV1Async()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Cloud.IdentityV1Endpoint);
        request.Headers.Add("X-Auth-User", User);
        request.Headers.Add("X-Auth-Key", ApiKey);
        using var response = await Http.SendAsync(request);
        Assert.Equal(System.Net.HttpStatusCode.NoContent, response.StatusCode);
        return (response.Headers.GetValues("X-Auth-Token").Single(), response.Headers.GetValues("X-Server-Management-Url").Single());
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, string? token, HttpContent? content = null, string? accept = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = content };
        if (token is not null)
        {
            request.Headers.Add("X-Auth-Token", token);
        }

        if (accept is not null)
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        }

        return await Http.SendAsync(request);
    }

    public static StringContent Json(JsonNode body) => new(body.ToJsonString(), Encoding.UTF8, "application/json");

    public static StringContent Xml(string body) => new(body, Encoding.UTF8, "application/xml");

    public static async Task<JsonObject> ReadJsonAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonObject>())!;

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Cloud.DisposeAsync();
    }
}
