<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html dir="ltr" lang="vi-VN" xmlns:o="urn:schemas-microsoft-com:office:office" __expr-val-dir="ltr">
<head id="ctl00_Head1"><meta name="GENERATOR" content="Microsoft SharePoint" /><meta name="progid" content="SharePoint.WebPartPage.Document" /><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta http-equiv="Expires" content="0" /><meta http-equiv="X-UA-Compatible" content="IE=8" /><title>
	Hội nghị phản biện xã hội dự thảo Nghị quyết về hỗ trợ hộ nghèo
</title><link rel="canonical" href="/tin-hoat-dong/hoi-nghi-phan-bien-xa-hoi-du-thao-nghi-quyet-ve-ho-tro-ho-ngheo-1398.aspx" /><link rel="stylesheet" type="text/css" href="/_layouts/1066/styles/Themable/search.css?rev=Uoc0fsLIo87aYwT%2FGX5UPw%3D%3D"/>
<link rel="stylesheet" type="text/css" href="/_layouts/1066/styles/Themable/wiki.css?rev=9n8mW8NH3M1b8P6ot8F3Vw%3D%3D"/>
<link rel="stylesheet" type="text/css" href="/_layouts/1066/styles/Themable/corev4.css?rev=iIikGkMuXBs8CWzKDAyjsQ%3D%3D"/>
<link rel="stylesheet" type="text/css" href="/Style%20Library/MTTQ/css/style.css" />
<link rel="stylesheet" type="text/css" href="/Style%20Library/MTTQ/css/menu.css" />
<link rel="shortcut icon" href="/Style%20Library/MTTQ/images/favicon.ico" type="image/vnd.microsoft.icon" />
<script type="text/javascript">
// <![CDATA[
var L_Menu_BaseUrl="";
var L_Menu_LCID="1066";
var L_Menu_SiteTheme="";
//]]>
</script>
<script type="text/javascript">
//<![CDATA[
document.onreadystatechange=fnRemoveAllStatus; function fnRemoveAllStatus(){removeAllStatus(true)};var _fV4UI = true;//]]>
</script>
<script type="text/javascript" src="/_layouts/1066/init.js?rev=BJDmyeIV5jS04CPkRq4Ldg%3D%3D"></script>
<script type="text/javascript" src="/ScriptResource.axd?d=3-VFxRdE5GKcTpEoGrWHTxqk5bTGkn8ckNkJm2cWJK0Zg0VZSxXVjHHvAdiMOHaWz3Ao6ow3pOZC_uOVm7ZaZw2&amp;t=3f4a792d"></script>
<script type="text/javascript" src="/_layouts/blank.js?rev=QGOYAJlouiWgFRlhHVlMKA%3D%3D"></script>
<script type="text/javascript" src="/Style%20Library/MTTQ/js/jquery-1.8.3.min.js"></script>
<script type="text/javascript" src="/Style%20Library/MTTQ/js/jquery.marquee.js"></script>
<!--[if lt IE 9]><script type="text/javascript" src="/Style%20Library/MTTQ/js/html5shiv.js"></script><![endif]-->
<style type="text/css">
	.s4-skipribbonshortcut { display:none; }
	#s4-workspace { overflow: visible !important; }
	.post-content p { margin: 0 0 8px 0; text-align: justify; }
	.post-content img { max-width: 100%; height: auto; }
	.box-left .box-title { background: url(/Style%20Library/MTTQ/images/bg-title.png) no-repeat; color: #fff; font-weight: bold; }
	.font-tools a.color { display:inline-block; width:12px; height:12px; border:1px solid #ccc; }
	.ExternalClass87698CDD3D7E46AA93A4CA896C2BF8D6 p { line-height: 1.5; }
</style>
</head><body scroll="yes" onload="javascript:if (typeof(_spBodyOnLoadWrapper) != 'undefined') _spBodyOnLoadWrapper();">
<form name="aspnetForm" method="post" action="hoi-nghi-phan-bien-xa-hoi-du-thao-nghi-quyet-ve-ho-tro-ho-ngheo-1398.aspx" onsubmit="javascript:return WebForm_OnSubmit();" id="aspnetForm">
<div>
<input type="hidden" name="MSOWebPartPage_PostbackSource" id="MSOWebPartPage_PostbackSource" value="" />
<input type="hidden" name="MSOTlPn_SelectedWpId" id="MSOTlPn_SelectedWpId" value="" />
<input type="hidden" name="MSOTlPn_View" id="MSOTlPn_View" value="0" />
<input type="hidden" name="MSOTlPn_ShowSettings" id="MSOTlPn_ShowSettings" value="False" />
<input type="hidden" name="MSOGallery_SelectedLibrary" id="MSOGallery_SelectedLibrary" value="" />
<input type="hidden" name="MSOGallery_FilterString" id="MSOGallery_FilterString" value="" />
<input type="hidden" name="MSOSPWebPartManager_DisplayModeName" id="MSOSPWebPartManager_DisplayModeName" value="Browse" />
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x5FCF2A31CCDCBE193F0ADBE9F47324A54D93AA5EB641B1847AF6DA9A38E141FDD9C7DD0AD5AFEBE4B3250A53C713966B27C412985187FD64A4D79752E4499767,03 Jun 2024 02:11:45 -0000" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwULLTEbNM9hzwk0qwzPVVpR4kFbw9vTVNOFsEAIeQa8+Xj8RtfM8IApqCljxplH8S16foNgJALjZg2yd1ys19xj3zJ5dabiSfGCba3b308vjSz6j51vUOkJh5qbcHiFogZlD6t9pILcnvITX5ljGVPCYI9YjWGj8CAjJc1OIMc9m5a6OJpZJe6huCWpGeg8mh08BUCg9378NUhpBATzjYA9WB22AxL+rIp4OvZYFWETCwAdEyR+iwoUJhAfII2lLUfKUfoCHCvKfRIUSSRnXVy6aoVOp4sEaKwA5LiDoSU3M51cFp37V9eHSnFXtM6GNP17vuk6GXwh4eI+Nd8FjsVnvk3O0G0lb/7y4Se5LfPYpBMEvHB8GkHXJ9+DKCY5GJn9fubDsJ194+8CYZHM4vb+CbUhstRGU1s1MMvx1JtG+NCK/OaRvTSMYPmRW/SCdDcj/I5nd3PFfNe3bjSmYEuvzxSJ+oJC9kLy4S6/WRdWy1AUuzcrYf1GMMq7jChVQftFX417BFS0nNrPy5fzJufukEr1XjI2OifNj7ESvsh4UW/f+zDLPB+wHVunVm5Vx7miSg9/QN6r0622QXWW8LQqFVG9dtfV0CYEqeojUFoYsY8wyY5NsdtGR/KW5F6MgpUwnRLmMmI+DGgLDcZx0gPAIJwc6zvpk57CCxKCTlsM/BF0CObBwzLn7up0ZZcd0MPb55fmzdbPH24ERcvpPs2DKX/sGa1MKrDQSRHOvsYkkUWKf5T8T9Zn31B3UNiF3MrWJAq1NowSm70qvy/QWJnPFf5xDVvpPJ5vzWVs6qv3aW7g+nM+xXtehhbmb9U/ICKxn0ThkuXvH5dkcbr2K/bohzG73CTNPms6YceHdpTVr4k9zVnBQbAs/e0W1qApC61Ea5Frs6npNJiI7L3vMOOefrKwNd40V5UKDp1dr486sjmkcurbfHWxs8JNgDvxhpY0IkUyHwBk/3usj6iWub+pXSJ1RubfDKWE1mDbYuN9qfrJaluBc3guXT/iQHTmk7Veo/+jv+CboZN3wRUYNHaqzY2wjlbBBxuEwXg+GjBvQ8a4xa36Ty9uvxohrxDt7YkMbzzsxVFHu+1a21+zoS5FfHcChyYHrlOWgZcWt54McMPULp/TDYgUo2llRujOLe38NHKfW/npDcWCscikx6P0RtAjddHFjFqOcjjU6hCiaSq7AqMu/zcuYfdEIdOuGS7D110muxEjqtHDFL3fzyKU7/cOrrksk4cjKXcuR9EU12trxq45Uw/ynIwj+nqMEBnFHbRS4gbhQZjvy6FVLpz4GnvJDXkTBRLOrUgOhPyOhkJvgYfjKdt8YWfsFJmPHF9thmoUZTLV/Ixma17YvIQW2WK9XjwkHqYT9vk93M9SJnXXE4rdrB5x5ztsfdwCMeWklWY88Eo1H2QJsWCZtggz4p9yv2jbPjz5AhQjc6LfOoEaNt8/cqbYqPPSl/e6kstUnPb0ELtJ01rr8ugSbMbe5qGkeX1wl5r6gPhIYs3UOuHNfFIaHkD1zGWqLICHv82pcfQ7/dPU48zxioL2WRqrFEejZp7ho3WAaG5BWOiJk51TNOdZBw20aV6QmSgqWQxOTtq662APPS46RwbLvOG5NDgevB77W627ydXfRTrdPXv38R7mGsvKm0i46k3KUbGI8tdie/41vFgy3IRbtY+ZAB7BGOgHL8F41SBbAAVGqYCoTDjapIRUzNC1gfjCpl1FZm+7WC5f9ttKz+mlxRhjTS0v/v8f7oZ7hDFMSoRGvcp0TRdzK9RCpF7zxgBR7oZocGK0aYY7aHBfc4Ac+h77C4Y8mHL0H9iaxFW/cVOgYTslRWGcMttDUEimxM/BE89UvO+uJYmjwgaPQjlhNRh70nBdSec3hqKjwT6c2moTFz+NCAOKJI6i4178Q6Hwucw7WpWUHf+44bA1qMEzsAFi4fTPBRk8vHbXyPvEeRcgTjdv8hC0f/hwaTFA2y+Lu/De77LF7KORG+kAIHSKUqSdzk9VTDVLQTEt76zTPk2aW1cIJxEmufv5bcyybraBGuBEGjFAoMYNVnMk9NLtsW7JmF5uq+iXZAx/6PRInxu3Bi5j46SBCqzgsh+zLo7SXM2iuXhatymVImb1F/uyCLN8mmWRZd5qVuVWOB02clUnXmtj/DZIGDMoxvuJHU5zjNbp1p0nXnoc7qXdc+zZgF6+UcstwIXIP8700eODaYxmr+lT7TmyXkS/4cZwhHiNhZ2bQg69jwXPW9dsSDOK2S7fcZS5vuECSvwR+yJQow5vavMumFEb8D9PTXn6ZazAxgfHtkfqMhm7ABbERrC7yc8tBPzAZWD5gh/5G+jhhZzeVHwg6lzeM68vFvMny7lgK6WMv18CqJVLWdZw7tG0mVg71S2ha2J3Quc42zKKt58bny2jjsbJmgx67L34Kco+lz3QfNrZzjuYxmAn0UNCAK6K0WrORxZpIc9moKVfMaR3JHWzcg2ZZM0Kw4F/EXap6c5GELP0v0YY++y3FQZL19H/vCcu7AvxNwkp7H7eOQgRUVK1uKwJ+flwFOXFviypDJk55uowMOmG19pBXkNE47s0dA6FKXZM2gskUmlP3p+ItPcF9NIyuNiP2fW3Y3c/Q+2dv5VI/iazt1hAradK6v8JJYLG6WEVt7WhDcZ9+V0DNCoPUufi7kv3Q+67tLEKbdJU7PGngIJhOhIPgUuXy1buQf9mA+cBFchVhL+dseFqs8i/GGsCkZs4PJ2onqXvCQ6NgVzLetCX6SZ3vC+NIRSzUCiGzhFU0BtuZuNhCNfoXw6ZHDkXipLoLQ70a5qzcjyj2r6+A4axGSTb0WU+ALKs6+TBboM63qOU6FIFR42xUhHpEkapKZ2RsbONJCAmrXFxd8CD9a1eLBqUqCiJxiEw+rkFAyNK0CMrJrQBvTEE+FxBaAjgHR+y7YQbgt1mcAcGNV0RF/8DpBp+kmk5uc7BuTl/0EnlBUZbzkwU/LJAu0rP9UZX/h6zUNnYoNHpWoR+a8+Ghr2IR6ZttSPyt6HIfkn3Ydo+RcJDJvhBE30Jg9/9QHOyqsM/BkCjAbv49pUWYxaXG2P8G+PXjBloBKJlBwAZ5DCenv8jlnCrbAkYBjXMOxKp3+4NMztiUjQw148+a2C4cZrw6Afgek/lTUjSRN3ukEe4qE+ZL06ZzfoNdDdL0waF0dSpW80gQRZV32RFZHJq5TTwzTuLFrihm0pdM4hVt9YGqN49aBNQGn2CxztqR+qADH7HfEOqEYuFk2GEv2EOt4iQK7y0zQRkpRP/LklabE4Gdy1ySCL+ZicO7DpT+91uAxEtTOpseWce9/t1Gc6VjtBTQvULNUH+/wgVaGlDMLkFGEBrLDlRbQrq+pY4FyRtQsaB/7g11KseXIcuotNYXbJK2VRZcWqc8i0Xs3Ewf65mKK1QfJv5W4FlHRUwKnn0bHoCm/CtNG3Mp7iyhQ+rS0uBJeKOXDx0pMCtRrACe4da+6CYnl32NT4w0twLCtmo9Ar8aKbuLJxN3EOjGXYTzRW0lDk8RhSZ3vmkyVseNb4nhFDGnbdFaSJsfOjqosb7zFl+vWPJn/7baOgPXLN4x3rLQxmP5v4AN5KpwhMIDusLNBW0b3BA6wjR6QJK2p4KhdMrtwZ9sqcer8N2nMTHI3YnlgXKrw8I7YyBmVEv417vRmqt47zEm1Wpwfbw2acZAjMvcbp5JIkjgqZ8Q56DpK8LiNdENGv/gh1nLDHc9A7nQDXaBo/sUz0dghjtG+uQyYhej5pnHS/vGqp0AzVwyOzKI/MLfqa+OPIFxKbZiVqkj4SBivz2964cqEUfwSZMmhMWykgeMjzdFnMVM9Je3QOG9J6Brb8LwEaEunGLcA5uQ8SGWj7U3FwqX432/CqzNXCBfiVPpNqp/w7Gq1+1y6cNquZxXGgpmjl4EDXRrl97+720OYYiBKeoyVBVCJp2VvC59WowBpfaBrmSN3r10agIhmKhC8ojwZuf1czIxU/s3zobm0V6DJAStPr3XxydRVfB7NLuZBN1JZfxt8sxpiIY/6j+Ogw2qHg6/spP3iSvljfn/uNTJt99Ei76WlXstjOFC02fWcMDG2PPyJ2id5DmdtLJg0LMZMKGourvwDm9x2zo3LiuL1SpWeb8TTv3FK05B5hNq7DlpSXgQO0+cS8U7cDKgJ/aMdI+cA/PMlkC7tsB4m8hlOQqHqi3KsbbjqZyWdSeiHIygXP5OvZJDQ81MBvzD3rWrl1ktrc2VqoGjqPKfL2W5J7tB/n1i/P9wXHowxwljCagzbc9+U8mHO6xlLqkqIX5EdEqx+baO4o761bM4sDRE4CbB5uUCzu6c5eAgBAntahMUDHpDq99V1WO4Hu/hmpUO/co8rhnk/htMOiTgbWVxBj55yn7433ultrHUlYt1QfrFLmwqx/eKsM+BePYhnMOe60dP17ithMzGrRJM+0peAhRhxxpfz4okhjosDJWFQTltsDkrbigve7Zxv5hyJtQTim+uRzTO4413/IN8gcBC5OXoNzJerpqxXrkEbZUXmYunxetWLisuHOW3fVFsDfMo1jXOSc/xNOTYP2bCMqZv+0x92W16Oqdc99EZi0kmrmtskRpq7d7E+IyUGbWpAjlqtXMnpD5a6wV0CcgV8xonkQNw6EjQX3cCladfSQF+Xww7AtmWOAauwPLyfDb5/i4Pt77Kyc/iou1YIF/SHA4tX9TznjZ1jaclkkhB8D+HcR3hXGb7Y/zTlCXLNDg490Kj+HqMOAlxiHVh5JYohzlYQXsSohJbgqFry4diRF+j4zh9GKOqx/BGOU89SShwshrvbkX6QfsJtVR1tQzdoniC4bGquAD1tcMXgY6E8D6BQCfoYFYse2gq/uEXO7Kr5gkJISXkewseqD3/CL5M+d2qnSfP8EvYWdza7x0BcxDVRN1hlDDvIEqUmhKNGLynnN6a9ETJ4cBoMzbo3q1HMobqmSpPM4at3bEfVKvqWSdcxD63bXNy6JcBkwdjFBmQhnvXo5INmAXvOkBj35mIhakzFq++RpoqTA7/i389A7kSXXJVISlPeIgjHmQMhGIwOBcf0R8g9Ze1kA/IM+zfPnwsEU5npWa9RLNtc0PkZ1xJNjS8r6sytVYdNz+j5flWRKRCh0PKGOo4oKbhjl0vdgSgg+Q91tPP4B1rbKIV268vpZGUmTBtGaROySn1V4TGrHPGfQq/UNtp3XfNIK2q5BURy3rgHZq2VW/l4Imcm3w4wG7KcoIkAsjXy/BZh3dUxhtI3UlCgkVCHaB0H300ttg7jlWa2a90EXjA9RrO0dupMYaD0eps7iYwRLcjq+zgN3H71Fo1FjbpXAGeUf3JIUvurBqZSc6Wdy4AHwa0wEjDvG/KEijSy67yNWXx/0LGOa5xQYaz74TQHlH7hvfMxuGl+2oJnJqfQXYve1Z82MRmwkrNtPYGIfNhTSkt+Ql13u5e1xOx0GF/bc/+2YgtlrUbscxIQ8DvH8d6VVQ0NNQAnZhhHvH5sbAStFPhIxhzMtV3ox/YveaIsoRzV3yUWucRl+n9ACzzl2XVnjbuqfQF+ZSJUfgtyqkPlr6epOGyoUFjLXfYf0YAfxftobdRx2VUD4E2itIA/ckIjnx+Nt0SrZYiwfNXbmYwpEFlxp71ruoOKgtj3fED0u7KSx4jZ9v7y7F0n/jVIT49qPcJQbSivEI8M6jFih+3+Xl1ac5csvLbv4JuOHRH6DgCAU4NlZq+JcLNuo+ytbKMxhgx25LnuOzjQCfboyqYcPtBpc3HMdddW/Z3IixKguZO6pr0e5GwQ28okG9SOBEwe/1L6ZvYs8CK0+GbjaxmKQRR2HE4ohzY4ceAgBP3uhSkuPg1yXT4InfqcPOmX5tgo6/mou+QwKu5pQGJJGSXw6Qdi0E7u6VtWpXHIlxg3nfl+VijrnNValEVNxuD1IEguG0IFM1G277Jk2vGZTzW9SX+ZfozJ5DU8wXQa7j7VghH4Uv2HgX2mBioNlo7XvLM/rgGjTtx81B9zHHehk1smBItWoM5o09ZMbffGA52QyTQAovG8PRyR4xmGfMQBWwg7+YkfSr9rQ/2fJsAwQsp/gysLaXZly0FnowXyjoHjtjWY6Wk/3LM6axBQyMMwmuab34rR2RQ==" />
</div>

<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) {
    theForm = document.aspnetForm;
}
function __doPostBack(eventTarget, eventArgument) {
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }
}
//]]>
</script>
<script src="/WebResource.axd?d=f6ZEq9S1SUTVmDt8o3zz0A2&amp;t=634605546709717464" type="text/javascript"></script>
<script type="text/javascript">
//<![CDATA[
var MSOWebPartPageFormName = 'aspnetForm';
var g_presenceEnabled = true;
var g_wsaEnabled = false;
var g_wsaLCID = 1066;
var g_wsaSiteTemplateId = 'BLANKINTERNET#2';
var g_wsaListTemplateId = 301;
var _fV4UI=true;var _spPageContextInfo = {webServerRelativeUrl: "\u002f", webLanguage: 1066, currentLanguage: 1066, webUIVersion:4,pageListId:"{1910dd44-7742-410c-b24a-292916d9d64e}",pageItemId:517, alertsEnabled:false, siteServerRelativeUrl: "\u002f", allowSilverlightPrompt:'True'};//]]>
</script>
<script type="text/javascript">
//<![CDATA[
function WebForm_OnSubmit() {
UpdateFormDigest('\u002f', 1440000);
return true;
}
//]]>
</script>
<div id="s4-ribbonrow" class="s4-pr s4-ribbonrowhidetitle" style="display:none">
	<div id="s4-ribboncont">
		<div class="ms-cui-topBar2"><a href="/_layouts/Authenticate.aspx?Source=%2F" class="ms-signInLink">Đăng nhập</a></div>
	</div>
</div>
<div id="s4-workspace"><div id="s4-bodyContainer">
<div class="wrapper">
<div id="header" class="header">
	<div class="banner">
		<a href="/" title="Ủy ban MTTQ Việt Nam tỉnh Hòa Phong"><img src="/Style%20Library/MTTQ/images/banner.jpg" alt="Ủy ban MTTQ Việt Nam tỉnh Hòa Phong" width="1000" height="150" border="0" /></a>
	</div>
	<div class="header-bar">
		<div class="today"><script type="text/javascript">
			var d = new Date(); var t = ["Chủ nhật","Thứ hai","Thứ ba","Thứ tư","Thứ năm","Thứ sáu","Thứ bảy"];
			document.write(t[d.getDay()] + ", ngày " + d.getDate() + "/" + (d.getMonth() + 1) + "/" + d.getFullYear());
		</script></div>
		<div class="search-box">
			<input name="ctl00$txtSearch" type="text" id="ctl00_txtSearch" class="txt-search" placeholder="Tìm kiếm..." />
			<a id="ctl00_btnSearch" class="btn-search" href="javascript:__doPostBack('ctl00$btnSearch','')"><img src="/Style%20Library/MTTQ/images/search.png" alt="" /></a>
		</div>
	</div>
</div>
<div id="zz1_TopNavigationMenuV4" class="s4-tn menu-top">
	<div class="menu horizontal menu-horizontal">
		<ul class="root static">
			<li class="static"><a class="static menu-item" href="/" accesskey="1"><span class="additional-background"><span class="menu-item-text">Trang chủ</span></span></a></li>
<li class="static"><a class="static menu-item" href="/gioi-thieu.html" accesskey="1"><span class="additional-background"><span class="menu-item-text">Giới thiệu</span></span></a></li>
<li class="static selected"><a class="static selected menu-item" href="/tin-hoat-dong/index.html" accesskey="1"><span class="additional-background"><span class="menu-item-text">Tin tức - Sự kiện</span></span></a><ul class="dynamic">
<li class="dynamic"><a class="dynamic menu-item" href="/tin-hoat-dong/index.html"><span class="additional-background"><span class="menu-item-text">Tin hoạt động</span></span></a></li></ul></li>
<li class="static"><a class="static menu-item" href="/lien-he.html" accesskey="1"><span class="additional-background"><span class="menu-item-text">Liên hệ</span></span></a></li>
		</ul>
	</div>
</div>
<div class="marquee-bar"><span class="marquee-label"></span><div class="marquee" id="ctl00_marquee">Mặt trận Tổ quốc Việt Nam tỉnh Hòa Phong - Đoàn kết, dân chủ, đổi mới, sáng tạo, phát triển</div></div>
<div id="main" class="main clearfix">

<div class="col-left">
	<!-- Begin Web Part: Liên kết web -->
	<div class="box-left" id="ctl00_PlaceHolderLeft_g_de4cfe9d_b6a8_4540_a45c_24d218173962">
		<div class="box-title">Liên kết web</div>
		<div class="box-content">
			<select class="ddl-weblink" onchange="if(this.value!='0') window.open(this.value,'_blank');">
				<option value="0">-- Chọn liên kết --</option><option value="http://mattran.org.vn/">Ủy ban TW MTTQ Việt Nam</option>
				<option value="https://hoaphong.gov.vn/">Cổng TTĐT tỉnh Hòa Phong</option>
			</select>
		</div>
	</div>
	<div class="box-left banner-left">
		<a href="/gioi-thieu.html#ban-do" class="banner-link"><img src="/Style%20Library/MTTQ/images/bando.jpg" alt="" /><span>Bản đồ hành chính</span></a>
		<a href="https://congbao.hoaphong.gov.vn/" target="_blank" class="banner-link"><img src="/Style%20Library/MTTQ/images/congbao.jpg" alt="" /><span>Công báo Hòa Phong</span></a>
		<a href="/lien-he.html#gop-y" class="banner-link"><img src="/Style%20Library/MTTQ/images/gopy.jpg" alt="" /><span>Góp ý website</span></a>
		<a href="/lien-he.html" class="banner-link"><img src="/Style%20Library/MTTQ/images/lienhe.jpg" alt="" /><span>Liên hệ</span></a>
	</div>
	<!-- End Web Part -->
	<div class="box-left poll" id="ctl00_PlaceHolderLeft_g_e2358d0e_b61b_4a10_a9b9_4f6950234fda">
		<div class="box-title">Thăm dò</div>
		<div class="box-content">
			<div class="poll-question">Bạn thấy nội dung Trang thông tin điện tử như thế nào?</div>
			<table class="poll-options"><tr><td><input id="ctl00_PlaceHolderLeft_poll_rdo0" type="radio" name="ctl00$PlaceHolderLeft$poll$rdo" value="0" /><label for="ctl00_PlaceHolderLeft_poll_rdo0">Rất hữu ích</label></td></tr>
<tr><td><input id="ctl00_PlaceHolderLeft_poll_rdo1" type="radio" name="ctl00$PlaceHolderLeft$poll$rdo" value="1" /><label for="ctl00_PlaceHolderLeft_poll_rdo1">Hữu ích</label></td></tr>
<tr><td><input id="ctl00_PlaceHolderLeft_poll_rdo2" type="radio" name="ctl00$PlaceHolderLeft$poll$rdo" value="2" /><label for="ctl00_PlaceHolderLeft_poll_rdo2">Bình thường</label></td></tr></table>
			<div class="poll-buttons"><a class="btn" href="javascript:__doPostBack('ctl00$PlaceHolderLeft$poll$btnVote','')">Bình chọn</a> <a class="btn" href="/_layouts/15/Poll/Results.aspx">Xem kết quả</a></div>
		</div>
	</div>
	<div class="box-left counter">
		<div class="box-title">Thống kê truy cập</div>
		<div class="box-content">
			<div>Đang truy cập: <span id="ctl00_PlaceHolderLeft_lblOnline">38</span></div>
			<div>Hôm nay: <span id="ctl00_PlaceHolderLeft_lblToday">164</span></div>
			<div>Tổng lượt truy cập: <span id="ctl00_PlaceHolderLeft_lblTotal">2.343.216</span></div>
		</div>
	</div>
</div>
<div class="col-content">
	<div class="ms-breadcrumb-box">
		<h1 id="pageTitle" class="ms-core-pageTitle">
			<span id="DeltaPlaceHolderPageTitleInTitleArea">
				<span class="bc-parent">null</span>
				<span class="bc-current">Hội nghị phản biện xã hội dự thảo Nghị quyết về hỗ trợ hộ nghèo</span>
			</span>
		</h1>
	</div>
	<!-- Begin Web Part: Chi tiết tin -->
	<div class="ms-WPBody noindex" id="ctl00_m_g_ee605a3f_60a1_4ced_80cb_0ad653b34098">
	<div class="post-detail">
		<div class="post-category"><a href="/tin-hoat-dong/index.html">Tin hoạt động</a></div>
		<div class="post-date"><span class="date" id="ctl00_m_g_ee605a3f_60a1_4ced_80cb_0ad653b34098_lblDate">Thứ tư, 16/10/2019, 14:20</span></div>
		<div class="font-tools">
			<span class="lbl">Màu chữ</span>
			<a class="color" style="background:#000" href="javascript:ChangeColor('#000000')" title="Đen"></a>
			<a class="color" style="background:#00f" href="javascript:ChangeColor('#0000ff')" title="Xanh"></a>
			<span class="lbl">Cỡ chữ</span>
			<a class="font-up" href="javascript:ChangeFont(1)" title="Tăng cỡ chữ"><img src="/Style%20Library/MTTQ/images/font-up.png" alt="" /></a>
			<a class="font-down" href="javascript:ChangeFont(-1)" title="Giảm cỡ chữ"><img src="/Style%20Library/MTTQ/images/font-down.png" alt="" /></a>
			<a class="print" href="javascript:window.print()" title="In bài viết"><img src="/Style%20Library/MTTQ/images/print.png" alt="" /></a>
		</div>
		<h2 class="post-title">Hội nghị phản biện xã hội dự thảo Nghị quyết về hỗ trợ hộ nghèo</h2>
		<div class="post-content">
<div class="ExternalClass87698CDD3D7E46AA93A4CA896C2BF8D6"><p style="text-align: justify;">Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị phản biện xã hội đối với dự thảo Nghị quyết của HĐND tỉnh về chính sách hỗ trợ hộ nghèo.</p>
<p style="text-align: justify;">Các đại biểu cơ bản thống nhất với dự thảo, đồng thời đề nghị bổ sung đối tượng hộ cận nghèo và quy định rõ hơn về trình tự xét duyệt.</p>
<p style="text-align: justify;">Ban Thường trực sẽ tổng hợp các ý kiến, gửi văn bản phản biện đến cơ quan soạn thảo theo quy định.</p></div>
		</div>
		
		<div class="post-view"><span class="lbl">Số lượt xem:</span> <span id="ctl00_m_g_ee605a3f_60a1_4ced_80cb_0ad653b34098_lblView">132</span></div>
		<div class="post-author" id="ctl00_m_g_ee605a3f_60a1_4ced_80cb_0ad653b34098_lblAuthor">Hoàng Lan</div>
	</div>
	<div class="post-other">
		<div class="other-title">Các tin khác</div>
		<ul class="other-list"><li><a href="/tin-hoat-dong/trao-qua-tet-cho-ho-ngheo-gia-dinh-chinh-sach-1441.aspx">Trao quà Tết cho hộ nghèo, gia đình chính sách</a> <span class="date">(17/01/2020)</span></li>
<li><a href="/tin-hoat-dong/tong-ket-cong-tac-mat-tran-nam-2019-1429.aspx">Tổng kết công tác Mặt trận năm 2019</a> <span class="date">(20/12/2019)</span></li>
<li><a href="/tin-hoat-dong/ngay-hoi-dai-doan-ket-toan-dan-toc-nam-2019-tai-xa-vinh-loi-1415.aspx">Ngày hội Đại đoàn kết toàn dân tộc năm 2019 tại xã Vĩnh Lợi</a> <span class="date">(18/11/2019)</span></li>
<li><a href="/tin-hoat-dong/dai-hoi-dai-bieu-mttq-viet-nam-huyen-tan-hoa-nhiem-ky-2019-2024-1380.aspx">Đại hội đại biểu MTTQ Việt Nam huyện Tân Hòa nhiệm kỳ 2019 - 2024</a> <span class="date">(11/09/2019)</span></li>
<li><a href="/tin-hoat-dong/ra-mat-mo-hinh-khu-dan-cu-tu-quan-ve-an-ninh-trat-tu-1362.aspx">Ra mắt mô hình “Khu dân cư tự quản về an ninh trật tự”</a> <span class="date">(07/08/2019)</span></li></ul>
	</div>
	</div>
	<!-- End Web Part -->
</div>
</div>
<div id="footer" class="footer">
	<div class="footer-links"><a href="https://dichvucong.gov.vn/" target="_blank">Dịch vụ công Quốc gia</a> <a href="https://mail.hoaphong.gov.vn/" target="_blank">Thư điện tử công vụ</a> <a href="/_layouts/15/viewlsts.aspx" target="_blank">Quản trị</a></div>
	<div class="footer-info">
		<div class="footer-name"><strong>ỦY BAN MẶT TRẬN TỔ QUỐC TỈNH HÒA PHONG</strong></div>
		<div>Địa chỉ:&nbsp; Số 12 đường Lê Lợi, phường Tân An, thành phố Hòa Phong, tỉnh Hòa Phong</div>
		<div>Điện thoại:&nbsp; 0290.3822 416. Fax: 0290.3822 417&nbsp; Email: <a href="mailto:ubmttq@hoaphong.gov.vn">ubmttq@hoaphong.gov.vn</a></div>
		<div>Người chịu trách nhiệm chính: Ông Trần Văn Minh, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh</div>
	</div>
</div>
</div>
</div></div>
<script type="text/javascript">
//<![CDATA[
var _spFormDigestRefreshInterval = 1440000;
function ChangeColor(c) { jQuery('.post-content, .post-content p, .post-content span').css('color', c); }
function ChangeFont(n) { var s = parseInt(jQuery('.post-content').css('font-size')) + n; jQuery('.post-content, .post-content p, .post-content span').css('font-size', s + 'px'); }
jQuery(function(){ jQuery('#ctl00_marquee').marquee({duration: 15000}); });
var _spBodyOnLoadFunctionNames; if (_spBodyOnLoadFunctionNames == null) { _spBodyOnLoadFunctionNames = new Array(); }
_spBodyOnLoadFunctionNames.push("_spPageLoad");
WebForm_InitCallback();//]]>
</script>
<script type="text/javascript">
  var _gaq = _gaq || [];
  _gaq.push(['_setAccount', 'UA-10001405-1']);
  _gaq.push(['_trackPageview']);
  (function() {
    var ga = document.createElement('script'); ga.type = 'text/javascript'; ga.async = true;
    ga.src = ('https:' == document.location.protocol ? 'https://ssl' : 'http://www') + '.google-analytics.com/ga.js';
    var s = document.getElementsByTagName('script')[0]; s.parentNode.insertBefore(ga, s);
  })();
</script>
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEWBQLfEYcHlWCHFejqYeUMUw16bc48h1TpwT2VrqRQM4LTZS7B8h8udDg0pjh7OgwUSgA5LL4bx2BO7Tq+6OYTqMwvnOuQA1d79++X/6ccKZQjBl2CixuEKjPb66M" />
</form>
</body>
</html>
