namespace Autoscaler.RackspaceEmulator;

/// <summary>A file injected into a server at create or rebuild time.</summary>
/// <param name="Path">Absolute path on the server.</param>
/// <param name="Contents">File contents, base64-encoded as sent by the client.</param>
public sealed record PersonalityFile(string Path, string Contents)
{
    /// <summary>Decodes <see cref="Contents"/>.</summary>
    public byte[] DecodeContents() => Convert.FromBase64String(Contents);
}
