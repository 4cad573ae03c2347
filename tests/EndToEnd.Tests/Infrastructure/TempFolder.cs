namespace Autoscaler.EndToEnd.Tests.Infrastructure;

/// <summary>A temporary folder removed with everything in it on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("autoscaler-e2e-").FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A process may still hold a file for a moment after it was killed; the OS temp cleaner gets the rest.
        }
    }
}
