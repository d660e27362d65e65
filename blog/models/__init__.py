from .authors import Author, BlogPageAuthor
from .pages import BlogIndexPage, BlogPage
from .taxonomy import BlogCategory, BlogPageTag

__all__ = ["Author", "BlogCategory", "BlogIndexPage", "BlogPage", "BlogPageAuthor", "BlogPageTag"]
