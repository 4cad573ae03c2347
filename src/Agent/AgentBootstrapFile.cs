using System.Text.Json;

namespace Autoscaler.Agent;

/// <summary>The file the controller gives a game server at creation: who it is, where the controller is, its token.</summary>
/// <remarks>
/// JSON, UTF-8, camelCase: <c>{"version":1,"serverId":"...","fleet":"...","controllerAddress":"https://...",
/// "token":"...","capacity":32,"caCertificatePem":"-----BEGIN CERTIFICATE-----..."}</c>. <c>capacity</c> and
/// <c>caCertificatePem</c> are optional. The controller writes it through the cloud's personality file (v1.0) or
/// user_data (v2) to <see cref="DefaultPath"/>; the <see cref="PathEnvironmentVariable"/> variable points elsewhere.
/// The token is a secret: the file is written readable by its owner only, and <see cref="ToString"/> omits it.
/// </remarks>
public sealed class AgentBootstrapFile
{
    /// <summary>Where the controller places the file on a game server: <c>/etc/autoscaler/agent.json</c>.</summary>
    public const string DefaultPath = "/etc/autoscaler/agent.json";

    /// <summary>The environment variable that names another path: <c>AUTOSCALER_AGENT_BOOTSTRAP</c>.</summary>
    public const string PathEnvironmentVariable = "AUTOSCALER_AGENT_BOOTSTRAP";

    /// <summary>The only format version this library reads and writes.</summary>
    public const int CurrentVersion = 1;

    /// <summary>The format version (1).</summary>
    public int Version { get; init; } = CurrentVersion;

    /// <summary>The server id the controller gave the server.</summary>
    public required string ServerId { get; init; }

    /// <summary>The fleet the server belongs to.</summary>
    public required string Fleet { get; init; }

    /// <summary>The controller's gRPC address.</summary>
    public required Uri ControllerAddress { get; init; }

    /// <summary>The per-server token (secret).</summary>
    public required string Token { get; init; }

    /// <summary>Player slots per server from the fleet's configuration (optional).</summary>
    public int? Capacity { get; init; }

    /// <summary>The CA that signed the controller's certificate, as PEM (optional).</summary>
    public string? CaCertificatePem { get; init; }

    /// <summary>Parses the file's JSON text and checks every field.</summary>
    /// <exception cref="InvalidDataException">The text is not a valid bootstrap file; the message names the field.</exception>
    public static AgentBootstrapFile Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        BootstrapDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(json, AgentJsonContext.Default.BootstrapDocument);
        }
        catch (JsonException ex)
        {
            // JsonException messages may quote the text (the token): only the position and the path are repeated.
            throw new InvalidDataException($"The agent bootstrap file is not valid JSON at {ex.Path ?? "$"} (line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1}).");
        }

        if (document is null)
        {
            throw new InvalidDataException("The agent bootstrap file is empty (JSON null).");
        }

        var problems = new List<string>();
        if (document.ServerId is null)
        {
            problems.Add("serverId is required");
        }

        if (document.Fleet is null)
        {
            problems.Add("fleet is required");
        }

        if (document.Token is null)
        {
            problems.Add("token is required");
        }

        Uri? address = null;
        if (document.ControllerAddress is null)
        {
            problems.Add("controllerAddress is required");
        }
        else if (!Uri.TryCreate(document.ControllerAddress, UriKind.Absolute, out address))
        {
            problems.Add("controllerAddress must be an absolute http:// or https:// address");
        }

        if (problems.Count > 0)
        {
            throw new InvalidDataException("Invalid agent bootstrap file: " + string.Join("; ", problems) + ".");
        }

        var file = new AgentBootstrapFile
        {
            Version = document.Version ?? 0,
            ServerId = document.ServerId!,
            Fleet = document.Fleet!,
            ControllerAddress = address!,
            Token = document.Token!,
            Capacity = document.Capacity,
            CaCertificatePem = document.CaCertificatePem,
        };
        file.Check();
        return file;
    }

    /// <summary>Reads and checks the file at <paramref name="path"/>.</summary>
    /// <exception cref="InvalidDataException">The file is not a valid bootstrap file; the message names the path and the field.</exception>
    public static AgentBootstrapFile Read(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        try
        {
            return Parse(File.ReadAllText(path));
        }
        catch (InvalidDataException ex)
        {
            throw new InvalidDataException($"{path}: {ex.Message}", ex);
        }
    }

    /// <summary>The file's JSON text.</summary>
    public string Serialize()
    {
        Check();
        var document = new BootstrapDocument(Version, ServerId, Fleet, ControllerAddress.ToString(), Token, Capacity, CaCertificatePem);
        return JsonSerializer.Serialize(document, AgentJsonContext.Default.BootstrapDocument);
    }

    /// <summary>Writes the file atomically (temporary file then rename), readable by its owner only on Unix.</summary>
    public void Write(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var text = Serialize();
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        var streamOptions = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            streamOptions.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            using (var writer = new StreamWriter(temporary, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false), streamOptions))
            {
                writer.Write(text);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>Never prints the token.</summary>
    public override string ToString() =>
        $"AgentBootstrapFile {{ ServerId = {ServerId}, Fleet = {Fleet}, ControllerAddress = {ControllerAddress}, Capacity = {Capacity} }}";

    private void Check()
    {
        var problems = new List<string>();
        if (Version != CurrentVersion)
        {
            problems.Add($"version must be {CurrentVersion}, was {Version}");
        }

        if (!AgentLimits.IsServerId(ServerId))
        {
            problems.Add($"serverId must be 1-{AgentLimits.MaxServerIdLength} chars of [A-Za-z0-9._:-]");
        }

        if (!AgentLimits.IsFleet(Fleet))
        {
            problems.Add($"fleet must be 1-{AgentLimits.MaxFleetLength} chars of [a-z0-9-]");
        }

        if (ControllerAddress is not { IsAbsoluteUri: true } || (ControllerAddress.Scheme != Uri.UriSchemeHttp && ControllerAddress.Scheme != Uri.UriSchemeHttps))
        {
            problems.Add("controllerAddress must be an absolute http:// or https:// address");
        }

        if (string.IsNullOrEmpty(Token) || Token.Length > AgentLimits.MaxTokenLength)
        {
            problems.Add($"token must be 1-{AgentLimits.MaxTokenLength} chars");
        }

        if (Capacity is { } capacity && (capacity < 1 || capacity > AgentLimits.MaxCapacity))
        {
            problems.Add($"capacity must be between 1 and {AgentLimits.MaxCapacity}, was {capacity}");
        }

        if (problems.Count > 0)
        {
            throw new InvalidDataException("Invalid agent bootstrap file: " + string.Join("; ", problems) + ".");
        }
    }
}
