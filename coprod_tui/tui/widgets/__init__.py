"""Reusable widgets: big_timer (pyfiglet), ladder_view, card_view, …"""
