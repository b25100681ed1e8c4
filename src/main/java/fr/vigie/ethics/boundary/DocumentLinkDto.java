package fr.vigie.ethics.boundary;

public record DocumentLinkDto(String title, String url) {}
