using System.Net;
using Autoscaler.RackspaceApi.Events;
using Autoscaler.RackspaceApi.Faults;
using Autoscaler.RackspaceApi.Tests.TestSupport;
using Autoscaler.RackspaceApi.V1;

namespace Autoscaler.RackspaceApi.Tests.Faults;

/// <summary>Each documented fault, in JSON and XML, becomes its typed exception with code, message and details kept.</summary>
public sealed class FaultMappingTests
{
    public static TheoryData<string, int, Type, RackspaceEventType> Faults => new()
    {
        { "badRequest", 400, typeof(BadRequestException), RackspaceEventType.BadRequest400 },
        { "unauthorized", 401, typeof(UnauthorizedException), RackspaceEventType.Unauthorized401 },
        { "resizeNotAllowed", 403, typeof(ResizeNotAllowedException), RackspaceEventType.ResizeNotAllowed403 },
        { "itemNotFound", 404, typeof(ItemNotFoundException), RackspaceEventType.ItemNotFound404 },
        { "badMethod", 405, typeof(BadMethodException), RackspaceEventType.BadMethod405 },
        { "buildInProgress", 409, typeof(BuildInProgressException), RackspaceEventType.BuildInProgress409 },
        { "backupOrResizeInProgress", 409, typeof(BackupOrResizeInProgressException), RackspaceEventType.BuildInProgress409 },
        { "overLimit", 413, typeof(OverLimitException), RackspaceEventType.OverLimit413 },
        { "badMediaType", 415, typeof(BadMediaTypeException), RackspaceEventType.BadMediaType415 },
        { "cloudServersFault", 500, typeof(CloudServersFaultException), RackspaceEventType.CloudServersFault500 },
        { "notImplemented", 501, typeof(NotImplementedFaultException), RackspaceEventType.NotImplemented501 },
        { "serviceUnavailable", 503, typeof(ServiceUnavailableException), RackspaceEventType.ServiceUnavailable503 },
        { "serverCapacityUnavailable", 503, typeof(ServerCapacityUnavailableException), RackspaceEventType.ServiceUnavailable503 },
    };

    [Theory]
    [MemberData(nameof(Faults))]
    public void Read_JsonFault_KeepsNameCodeMessageDetails(string name, int code, Type expected, RackspaceEventType eventType)
    {
        var body = $$$"""{"{{{name}}}":{"code":{{{code}}},"message":"The {{{name}}} message","details":"Error Details..."}}""";

        var exception = Map(body, code);

        Assert.IsType(expected, exception);
        Assert.Equal(name, exception.FaultName);
        Assert.Equal(code, exception.Code);
        Assert.Equal($"The {name} message", exception.FaultMessage);
        Assert.Equal("Error Details...", exception.Details);
        Assert.Equal(eventType, exception.EventType);
        Assert.Equal(body, exception.RawBody);
    }

    [Theory]
    [MemberData(nameof(Faults))]
    public void Read_XmlFault_KeepsNameCodeMessageDetails(string name, int code, Type expected, RackspaceEventType eventType)
    {
        var body = $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <{name} xmlns="http://docs.rackspacecloud.com/servers/api/v1.0" code="{code}">
              <message>The {name} message</message>
              <details>Error Details...</details>
            </{name}>
            """;

        var exception = Map(body, code);

        Assert.IsType(expected, exception);
        Assert.Equal(name, exception.FaultName);
        Assert.Equal(code, exception.Code);
        Assert.Equal($"The {name} message", exception.FaultMessage);
        Assert.Equal("Error Details...", exception.Details);
        Assert.Equal(eventType, exception.EventType);
    }

    [Fact]
    public void Read_DocumentedXmlOverLimit_KeepsRetryAfter()
    {
        const string Body = """
            <overLimit xmlns="http://docs.rackspacecloud.com/servers/api/v1.0" code="413" retryAfter="2010-08-01T00:00:00Z">
              <message>Too many requests...</message>
              <details>Error Details...</details>
            </overLimit>
            """;
        var now = new DateTimeOffset(2010, 7, 31, 23, 59, 0, TimeSpan.Zero);

        var fault = FaultReader.Read(Body, 413);
        var wait = RetryAfterReader.Read(null, fault.RetryAfter, now);

        Assert.Equal("2010-08-01T00:00:00Z", fault.RetryAfter);
        Assert.Equal(TimeSpan.FromMinutes(1), wait);
    }

    [Theory]
    [InlineData("30", 30)]
    [InlineData("0", 0)]
    public void RetryAfter_Seconds_Parsed(string value, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), RetryAfterReader.Read(null, value, DateTimeOffset.UnixEpoch));

    [Fact]
    public void Read_UnknownStatusAndNoFaultDocument_GivesUnknownFailureWithBodyText()
    {
        var exception = Map("<html>teapot</html>", 418);

        Assert.Equal(typeof(RackspaceFaultException), exception.GetType());
        Assert.Equal(RackspaceEventType.UnknownFailure, exception.EventType);
        Assert.Equal(418, exception.Code);
    }

    [Fact]
    public async Task Call_FaultOverHttp_ObserverSeesEventAndRawBody()
    {
        const string Body = """{"itemNotFound":{"code":404,"message":"Server not found","details":"id 9"}}""";
        var handler = new FakeCloudHandler(request => request.Uri.AbsolutePath == "/v1.0"
            ? V1Auth()
            : FakeCloudHandler.Json(HttpStatusCode.NotFound, Body));
        using var host = TestHost.Create(V1Options, handler);

        var fault = await Assert.ThrowsAsync<ItemNotFoundException>(
            () => host.Get<CloudServersV1Client>().Servers.GetAsync(9, CancellationToken.None));

        var record = Assert.Single(host.Observer.Records, r => r.Operation == "GetServerDetails");
        Assert.Equal(RackspaceEventType.ItemNotFound404, record.EventType);
        Assert.Equal(404, record.StatusCode);
        Assert.Equal(Body, record.RawBody);
        Assert.Same(fault, record.Error);
        Assert.Equal("Server not found", fault.FaultMessage);
        Assert.Contains("GetServerDetails failed: the cloud answered 404 with itemNotFound: Server not found", fault.Message, StringComparison.Ordinal);
    }

    internal static void V1Options(RackspaceOptions options)
    {
        options.Dialect = RackspaceDialect.V1;
        options.IdentityUrl = new Uri("https://auth.example/v1.0");
        options.Username = "jsmith";
        options.ApiKey = V2Samples.ApiKey;
    }

    internal static HttpResponseMessage V1Auth(string token = "v1-token")
    {
        var response = new HttpResponseMessage(HttpStatusCode.NoContent);
        response.Headers.Add("X-Auth-Token", token);
        response.Headers.Add("X-Server-Management-Url", "https://servers.example/v1.0/35428");
        response.Headers.Add("X-Storage-Url", "https://storage.example/v1/CloudFS_9c83b-5ed4");
        response.Headers.Add("X-CDN-Management-Url", "https://cdn.example/v1/CloudFS_9c83b-5ed4");
        return response;
    }

    private static RackspaceFaultException Map(string body, int status)
    {
        var fault = FaultReader.Read(body, status);
        return FaultExceptionFactory.Create("TestOperation", (HttpStatusCode)status, fault, body, null);
    }
}
