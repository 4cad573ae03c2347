namespace Autoscaler.Controller.Tests.Operations;

/// <summary>One controller shared by the admin API, health and metrics tests (starting one costs seconds).</summary>
[CollectionDefinition(Name)]
public sealed class OperationsCollection : ICollectionFixture<OperationsHost>
{
    public const string Name = "operations host";
}
