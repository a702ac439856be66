global using Moyeora.ExceptionHandling;
global using Shouldly;
global using Xunit;
