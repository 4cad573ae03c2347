namespace Autoscaler.Agent.Tests.Agent;

public sealed class AgentBootstrapFileTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("agent-bootstrap-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static AgentBootstrapFile Sample() => new()
    {
        ServerId = "srv-42",
        Fleet = "arena",
        ControllerAddress = new Uri("https://controller.internal:7443"),
        Token = "s3cret-token",
        Capacity = 32,
    };

    [Fact]
    public void WriteThenRead_RoundTripsEveryField()
    {
        var path = Path.Combine(_directory, "etc", "agent.json");

        Sample().Write(path);
        var read = AgentBootstrapFile.Read(path);

        Assert.Equal(("srv-42", "arena", "https://controller.internal:7443/", "s3cret-token", 32, (string?)null),
            (read.ServerId, read.Fleet, read.ControllerAddress.ToString(), read.Token, read.Capacity, read.CaCertificatePem));
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(path)!));
    }

    [Fact]
    public void Write_OnUnix_FileIsReadableByOwnerOnly()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Unix file modes only; the project builds and tests on Linux.
        }

        var path = Path.Combine(_directory, "agent.json");

        Sample().Write(path);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
    }

    [Fact]
    public void Serialize_IsCamelCaseJsonWithVersion()
    {
        var json = Sample().Serialize();

        Assert.Contains("\"version\": 1", json, StringComparison.Ordinal);
        Assert.Contains("\"serverId\": \"srv-42\"", json, StringComparison.Ordinal);
        Assert.Contains("\"controllerAddress\": \"https://controller.internal:7443/\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("caCertificatePem", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MissingFields_NamesEachWithoutEchoingTheToken()
    {
        var error = Assert.Throws<InvalidDataException>(() => AgentBootstrapFile.Parse("""{"version":1,"token":"s3cret-token"}"""));

        Assert.Contains("serverId", error.Message, StringComparison.Ordinal);
        Assert.Contains("fleet", error.Message, StringComparison.Ordinal);
        Assert.Contains("controllerAddress", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"version":2,"serverId":"s","fleet":"f","controllerAddress":"http://c","token":"t"}""", "version")]
    [InlineData("""{"version":1,"serverId":"s","fleet":"F!","controllerAddress":"http://c","token":"t"}""", "fleet")]
    [InlineData("""{"version":1,"serverId":"s","fleet":"f","controllerAddress":"ftp://c","token":"t"}""", "controllerAddress")]
    [InlineData("""{"version":1,"serverId":"s","fleet":"f","controllerAddress":"http://c","token":"t","capacity":0}""", "capacity")]
    [InlineData("""{"version":1,"serverId":"s","fleet":"f","controllerAddress":"http://c","token":"t","capacity":"many"}""", "capacity")]
    public void Parse_InvalidField_NamesIt(string json, string field)
    {
        var error = Assert.Throws<InvalidDataException>(() => AgentBootstrapFile.Parse(json));

        Assert.Contains(field, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NotJson_DoesNotEchoTheText()
    {
        var error = Assert.Throws<InvalidDataException>(() => AgentBootstrapFile.Parse("token=s3cret-token"));

        Assert.DoesNotContain("s3cret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_InvalidFile_MessageNamesThePath()
    {
        var path = Path.Combine(_directory, "broken.json");
        File.WriteAllText(path, "{}");

        var error = Assert.Throws<InvalidDataException>(() => AgentBootstrapFile.Read(path));

        Assert.StartsWith(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_NeverShowsTheToken() =>
        Assert.DoesNotContain("s3cret", Sample().ToString(), StringComparison.Ordinal);

    [Fact]
    public void Apply_FillsOnlyUnsetOptions()
    {
        var options = new AgentOptions { Fleet = "override", Capacity = 8 };

        options.Apply(Sample());

        Assert.Equal(("srv-42", "override", 8, "s3cret-token"), (options.ServerId, options.Fleet, options.Capacity, options.Token));
    }
}
